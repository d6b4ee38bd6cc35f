package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.groepskracht.base.ui.Toasts;
import nl.groepskracht.security.SecondFactors;
import nl.groepskracht.security.TwoFactorPolicy;

/** A set-up second factor: recovery codes left, new ones, forgetting remembered devices, switching it off. */
class SecondFactorSettings extends Div {

    SecondFactorSettings(SecondFactors factors) {
        var status = factors.status();
        var state = new Paragraph(getTranslation("twofactor.settings.on", status.recoveryCodesLeft()));
        state.setId("second-factor-status");
        var codes = new Div();
        var renew = new Button(getTranslation("twofactor.settings.new-codes"), e -> {
            codes.removeAll();
            codes.add(new RecoveryCodes(factors.newRecoveryCodes()));
        });
        renew.setId("new-recovery-codes");
        var forget = new Button(getTranslation("twofactor.settings.forget-devices"), e -> {
            factors.forgetDevices();
            Toasts.success(getTranslation("twofactor.settings.devices-forgotten"));
        });
        forget.setId("forget-devices");
        add(state, renew, forget, codes);
        if (status.mode() != TwoFactorPolicy.Mode.REQUIRED) {
            var off = new Button(getTranslation("twofactor.settings.off"), e -> {
                factors.turnOff();
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            off.setId("second-factor-off");
            add(off);
        }
        add(new Paragraph(new Anchor("", getTranslation("twofactor.settings.back"))));
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
}
