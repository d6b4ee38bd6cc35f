package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a generated password once, so the administrator can pass it on; it is not stored readable. */
final class PasswordDialog {

    private PasswordDialog() {
    }

    static void show(String title, String password) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        var value = new Span(password);
        value.setId("generated-password");
        value.addClassName("gk-secret");
        dialog.add(new Paragraph(dialog.getTranslation("user.password-once")), value);
        var close = new Button(dialog.getTranslation("action.close"), e -> dialog.close());
        close.setId("close-password");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
