package nl.groepskracht.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.PermitAll;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.security.OwnPassword;
import nl.groepskracht.security.SignedInSession;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.base.ui.OnceButton;

/**
 * A professional changes their password. Signed in with a password an administrator made, they are
 * sent here first (see {@link SignInStepsGate}) and the page says why.
 */
@Route("wachtwoord")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements TranslatedTitle {

    private final PasswordField current = new PasswordField(getTranslation("password.current"));
    private final NewPasswordFields fields = new NewPasswordFields(current);
    private final OwnPassword passwords;

    ChangePasswordView(OwnPassword passwords, SignedInSession session) {
        this.passwords = passwords;
        addClassName("gk-page");
        boolean first = session.mustChoosePassword();
        var intro = new Paragraph(getTranslation(first ? "password.first.intro" : "password.change.intro"));
        intro.setId("password-intro");
        var save = new OnceButton(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        add(new ViewHeader(getTranslation(first ? "password.first.title" : "password.change.title")), intro, fields,
                save);
    }

    private void save() {
        if (!fields.repeatedCorrectly()) {
            return;
        }
        try {
            passwords.change(current.getValue(), fields.chosen.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
        } catch (FieldValidationException refused) {
            fields.show(refused);
            return;
        }
        Toasts.success(getTranslation("password.changed"));
        UI.getCurrent().navigate("");
    }

    @Override
    public String titleKey() {
        return "password.change.title";
    }
}
