package nl.groepskracht.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every new UI speaks the language remembered in the cookie, Dutch when there is none: our texts, the
 * texts Vaadin's components bring along (see {@link ComponentTexts}, applied after every navigation),
 * the connection indicator's messages, and the page's {@code lang} attribute, so screen readers pronounce
 * Dutch as Dutch.
 */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            Locale locale = Languages.forDisplay(fromCookie(VaadinRequest.getCurrent()));
            ui.setLocale(locale);
            ui.getSession().setLocale(locale);
            // the connection indicator on a tablet whose wifi drops: what is not saved yet, in the UI's language
            var connection = ui.getReconnectDialogConfiguration();
            connection.setDialogText(ui.getTranslation("connection.reconnecting"));
            connection.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
            ui.addAfterNavigationListener(navigation -> ComponentTexts.apply(ui));
        });
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", fromCookie(page.getVaadinRequest()).getLanguage()));
    }

    static Locale fromCookie(VaadinRequest request) {
        return Languages.remembered(request == null ? null : request.getCookies());
    }
}
