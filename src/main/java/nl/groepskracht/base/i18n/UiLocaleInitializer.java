package nl.groepskracht.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every new UI speaks the language remembered in the cookie, Dutch when there is none. */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Locale locale = fromCookie(VaadinRequest.getCurrent());
            uiEvent.getUI().setLocale(locale);
            uiEvent.getUI().getSession().setLocale(locale);
        });
    }

    static Locale fromCookie(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Languages.DUTCH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> Languages.COOKIE.equals(cookie.getName()))
                .map(cookie -> Languages.fromTag(cookie.getValue()))
                .findFirst()
                .orElse(Languages.DUTCH);
    }
}
