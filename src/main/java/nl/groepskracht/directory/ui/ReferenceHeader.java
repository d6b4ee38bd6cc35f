package nl.groepskracht.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.base.ui.OnceButton;

/** The header of a reference-data list: its title and an "add" button. */
final class ReferenceHeader {

    private ReferenceHeader() {
    }

    static ViewHeader of(String title, String addLabel, Runnable add) {
        var button = new OnceButton(addLabel, VaadinIcon.PLUS.create(), e -> add.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("add");
        return new ViewHeader(title, button);
    }
}
