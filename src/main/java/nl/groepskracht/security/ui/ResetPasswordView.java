package nl.groepskracht.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.security.PasswordResets;
import nl.groepskracht.base.ui.OnceButton;

/**
 * The page of the e-mailed link: choose a new password. Opening it changes nothing (mail scanners open
 * links too); only saving uses the link up. A link that no longer works says so and offers a new one.
 */
@Route(value = "wachtwoord-herstellen/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final PasswordResets resets;
    private final Div card = new Div();
    private String token;

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("gk-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("gk-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        card.add(new H1(getTranslation("password.reset.title")));
        if (resets.isUsable(token)) {
            showForm();
        } else {
            showExpired();
        }
    }

    private void showForm() {
        var fields = new NewPasswordFields(null);
        var save = new OnceButton(getTranslation("password.save"), e -> save(fields));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-password");
        card.add(new Paragraph(getTranslation("password.reset.intro")), fields, save);
    }

    private void showExpired() {
        var text = new Paragraph(getTranslation("password.reset.expired"));
        text.setId("reset-expired");
        card.add(text, new RouterLink(getTranslation("password.forgot.again"), ForgotPasswordView.class));
    }

    private void save(NewPasswordFields fields) {
        if (!fields.repeatedCorrectly()) {
            return;
        }
        try {
            resets.reset(token, fields.chosen.getValue());
        } catch (FieldValidationException refused) {
            fields.show(refused);
            return;
        } catch (PasswordResets.InvalidResetLink expired) {
            card.removeAll();
            card.add(new H1(getTranslation("password.reset.title")));
            showExpired();
            return;
        }
        // the login page (no Vaadin view) says the password was changed
        UI.getCurrent().getPage().setLocation("login?reset");
    }

    @Override
    public String titleKey() {
        return "password.reset.title";
    }
}
