package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.qr.QrCodes;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.security.SecondFactors;
import nl.groepskracht.security.SignInStep;
import nl.groepskracht.security.SignedInSession;

/**
 * Setting up the authenticator app: a QR code (and the key to type, for who cannot scan), then a first
 * code to show it works, then the ten recovery codes, once. The portal sends here at sign-in when the
 * role requires a second factor and none is set up; once set up, the page manages it.
 */
@Route(value = "tweestaps/instellen", autoLayout = false)
@PermitAll
public class SecondFactorSetupView extends SignInCard implements TranslatedTitle {

    private final SecondFactors factors;
    private final AuthenticationContext auth;
    private final boolean forced;

    SecondFactorSetupView(SecondFactors factors, SignedInSession session, AuthenticationContext auth) {
        this.factors = factors;
        this.auth = auth;
        this.forced = session.nextStep().filter(SignInStep.ENROL_SECOND_FACTOR::equals).isPresent();
        if (factors.status().enrolled()) {
            card.add(new H1(getTranslation("twofactor.title")), new SecondFactorSettings(factors));
        } else {
            showEnrolment();
        }
    }

    private void showEnrolment() {
        var enrolment = factors.begin();
        var qr = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                QrCodes.svg(enrolment.uri(), getTranslation("twofactor.setup.qr")).getBytes(StandardCharsets.UTF_8)),
                getTranslation("twofactor.setup.qr"));
        qr.setId("totp-qr");
        qr.setWidth("12rem");
        var secret = new Span(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("totp-secret");
        secret.addClassName("gk-secret");
        var code = new TextField(getTranslation("twofactor.setup.code"));
        code.setId("second-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        var confirm = new Button(getTranslation("twofactor.setup.confirm"), e -> confirm(enrolment, code));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-second-factor");
        card.add(new H1(getTranslation("twofactor.setup.title")),
                new Paragraph(getTranslation(forced ? "twofactor.setup.required" : "twofactor.setup.intro")),
                new Paragraph(getTranslation("twofactor.setup.scan")), qr,
                new Paragraph(getTranslation("twofactor.setup.type")), secret, code, confirm, signOut(auth));
    }

    private void confirm(SecondFactors.Enrolment enrolment, TextField code) {
        try {
            var recovery = factors.confirm(enrolment, code.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
            var next = new Button(getTranslation("twofactor.recovery.done"), e -> getUI().ifPresent(ui -> ui.navigate("")));
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            next.setId("recovery-done");
            card.removeAll();
            card.add(new H1(getTranslation("twofactor.setup.done")), new RecoveryCodes(recovery), next);
        } catch (FieldValidationException refused) {
            code.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            code.setInvalid(true);
        }
    }

    @Override
    public String titleKey() {
        return "twofactor.setup.title";
    }
}
