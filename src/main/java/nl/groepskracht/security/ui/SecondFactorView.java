package nl.groepskracht.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.security.SecondFactors;
import nl.groepskracht.security.TwoFactorPolicy;

/**
 * After the password: the six digits of the authenticator app, or one of the recovery codes, and
 * "remember this device". Reached only with the password right (the security chain sends here).
 */
@Route(value = "tweestaps", autoLayout = false)
@PermitAll
public class SecondFactorView extends SignInCard implements TranslatedTitle {

    private final TextField code = new TextField(getTranslation("twofactor.code"));
    private final Checkbox remember;
    private final SecondFactors factors;

    SecondFactorView(SecondFactors factors, TwoFactorPolicy policy, AuthenticationContext auth) {
        this.factors = factors;
        code.setId("second-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText(getTranslation("twofactor.code.help"));
        code.setWidthFull();
        code.setAutofocus(true);
        remember = new Checkbox(getTranslation("twofactor.remember", policy.rememberDeviceDays()));
        remember.setId("remember-device");
        var next = new Button(getTranslation("twofactor.next"), e -> verify());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickShortcut(Key.ENTER);
        next.setId("verify-code");
        card.add(new H1(getTranslation("twofactor.title")), new Paragraph(getTranslation("twofactor.intro")), code,
                remember, next, signOut(auth));
    }

    private void verify() {
        try {
            var passed = factors.verify(code.getValue(), remember.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
            passed.rememberDevice().ifPresent(cookie -> VaadinService.getCurrentResponse().addCookie(cookie));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (FieldValidationException refused) {
            code.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
            code.setInvalid(true);
        }
    }

    @Override
    public String titleKey() {
        return "twofactor.title";
    }
}
