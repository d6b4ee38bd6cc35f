package nl.groepskracht.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.Cookie;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.security.ui.LoginView;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_a_dutch_login_page() {
        navigate("gebruikers");
        assertThat(shownView()).isEqualTo(LoginView.class);
        LoginView view = _get(LoginView.class);
        LoginForm form = _get(LoginForm.class);
        assertThat(texts(form)).contains("\"username\":\"E-mailadres\"", "\"submit\":\"Inloggen\"");
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(_get(view, H1.class).getText()).isEqualTo("Groepskracht");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_failed_login_shows_the_error_message() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(texts(form)).contains("e-mailadres en wachtwoord");
    }

    @Test
    void the_language_switch_turns_the_login_page_english() {
        navigate("login");
        LocatorJ._click(_get(Button.class, spec -> spec.withId("lang-en")));
        Cookie remembered = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse())
                .findCookie(Languages.COOKIE);
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("en");
        // the browser sends the cookie along with the reload the switch asks for
        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest()).addCookie(remembered);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(texts(_get(LoginForm.class))).contains("\"username\":\"E-mail address\"");
    }

    /** The texts the login form shows, as the JSON Vaadin sends to the browser. */
    private static String texts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
