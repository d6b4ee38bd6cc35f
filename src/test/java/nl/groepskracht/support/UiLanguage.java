package nl.groepskracht.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import nl.groepskracht.base.i18n.Languages;

/** The language switch as a person uses it in Karibu's fake browser: click, and the page reloads with the cookie. */
public final class UiLanguage {

    private UiLanguage() {
    }

    /** Clicks the switch on the current page ({@code "en"} or {@code "nl"}) and reloads, as the browser does. */
    public static void switchTo(String language) {
        _click(_get(Button.class, spec -> spec.withId("lang-" + language)));
        var remembered = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).findCookie(Languages.COOKIE);
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).addCookie(remembered);
        UI.getCurrent().getPage().reload();
    }
}
