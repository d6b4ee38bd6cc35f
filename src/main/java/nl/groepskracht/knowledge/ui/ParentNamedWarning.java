package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The text names a parent of the group the item is about: every professional can read it, and every
 * version stays. The author goes back to the text (the default), or saves it as it is.
 */
class ParentNamedWarning extends ConfirmDialog {

    ParentNamedWarning(Runnable saveAnyway) {
        setId("parent-named-warning");
        setHeader(getTranslation("knowledge.parent-named.title"));
        setText(getTranslation("knowledge.parent-named"));
        setCancelable(true);
        setCancelText(getTranslation("knowledge.parent-named.back"));
        var save = new Button(getTranslation("knowledge.parent-named.save"), e -> {
            close();
            saveAnyway.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        save.setId("save-with-name");
        setConfirmButton(save);
    }
}
