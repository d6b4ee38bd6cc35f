package nl.groepskracht.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import nl.groepskracht.base.i18n.Languages;

/**
 * Switches the UI between Dutch and English. The choice is stored in the same cookie the public
 * pages read, and the page reloads so every text is rendered in the new language.
 */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("gk-language-switch");
        for (Locale language : Languages.SUPPORTED) {
            var button = new Button(getTranslation("language." + language.getLanguage()), e -> choose(language));
            button.setId("lang-" + language.getLanguage());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.getElement().setAttribute("lang", language.getLanguage());
            button.setEnabled(!language.getLanguage().equals(currentLanguage()));
            add(button);
        }
    }

    private static String currentLanguage() {
        UI ui = UI.getCurrent();
        return ui == null ? Languages.DUTCH.getLanguage() : ui.getLocale().getLanguage();
    }

    private void choose(Locale language) {
        var cookie = new Cookie(Languages.COOKIE, language.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(Languages.COOKIE_MAX_AGE_SECONDS);
        cookie.setHttpOnly(true);
        if (VaadinService.getCurrentResponse() != null) {
            VaadinService.getCurrentResponse().addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.setLocale(Languages.forDisplay(language));
        ui.getSession().setLocale(Languages.forDisplay(language));
        ui.getPage().reload();
    }
}
