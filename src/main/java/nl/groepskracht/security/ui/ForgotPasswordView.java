package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.groepskracht.base.ui.LanguageSwitch;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.security.PasswordResets;
import nl.groepskracht.base.ui.OnceButton;

/**
 * "Wachtwoord vergeten": the professional types their address and gets the same answer whether or not
 * it has an account; if it has, a link to choose a new password is on its way.
 */
@Route(value = "wachtwoord-vergeten", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements TranslatedTitle {

    private final EmailField email = new EmailField(getTranslation("login.username"));
    private final Paragraph answer = new Paragraph();
    private final PasswordResets resets;

    ForgotPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("gk-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        email.setId("forgot-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        var send = new OnceButton(getTranslation("password.forgot.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-reset");
        answer.setId("forgot-answer");
        answer.setVisible(false);
        answer.getElement().setAttribute("role", "status");
        var card = new Div(new H1(getTranslation("password.forgot.title")),
                new Paragraph(getTranslation("password.forgot.intro")), email, send, answer,
                backToLogin(), new LanguageSwitch());
        card.addClassName("gk-login-card");
        add(card);
    }

    /** The login page is no Vaadin view: the link loads it. */
    private Anchor backToLogin() {
        var back = new Anchor("login", getTranslation("password.back-to-login"));
        back.setRouterIgnore(true);
        back.setId("back-to-login");
        return back;
    }

    private void send() {
        if (email.isEmpty() || email.isInvalid()) {
            email.setErrorMessage(getTranslation("validation.email"));
            email.setInvalid(true);
            return;
        }
        var outcome = resets.request(email.getValue(), VaadinRequest.getCurrent().getRemoteAddr(), getLocale());
        answer.setText(getTranslation(outcome == PasswordResets.Answer.TOO_MANY ? "password.forgot.too-many"
                : "password.forgot.sent"));
        answer.setVisible(true);
    }

    @Override
    public String titleKey() {
        return "password.forgot.title";
    }
}
