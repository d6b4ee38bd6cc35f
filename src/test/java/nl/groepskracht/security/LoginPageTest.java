package nl.groepskracht.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.PortalSessions;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The login page as the browser gets it through the security chain: plain HTML in the portal's language, the
 * message of a failed or refused sign-in at its fields, why a session ended, on to the page that was asked for,
 * and headers that allow no script on the page where passwords are typed.
 */
@SmtpAndClockTest
class LoginPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSessions sessions;
    @Autowired
    MutableClock clock;

    @Test
    void an_anonymous_visitor_is_sent_to_a_dutch_login_page_without_the_portals_bundle() throws Exception {
        MvcResult asked = mvc.perform(get("/gebruikers").with(Clients.fresh())).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/login");

        MockHttpServletResponse response = page(get("/login"));
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(page.title()).isEqualTo("Inloggen | Groepskracht");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Groepskracht");
        assertThat(page.selectFirst("label[for=username]").text()).isEqualTo("E-mailadres");
        assertThat(page.selectFirst("label[for=password]").text()).isEqualTo("Wachtwoord");
        assertThat(page.selectFirst("#username").attr("name")).isEqualTo("username");
        assertThat(page.selectFirst("#password").attr("type")).isEqualTo("password");
        assertThat(page.selectFirst("#login-form button[type=submit]").text()).isEqualTo("Inloggen");
        assertThat(page.selectFirst("#login-form").attr("action")).isEqualTo("/login");
        assertThat(page.selectFirst("#login-form input[type=hidden][name=_csrf]").val()).as("CSRF token").isNotBlank();
        assertThat(page.selectFirst("#forgot-password").attr("href")).isEqualTo("/wachtwoord-vergeten");
        assertThat(page.selectFirst("#forgot-password").text()).isEqualTo("Wachtwoord vergeten?");
        assertThat(page.select("#login-error, #login-notice, .gk-login-organisation")).as("nothing to tell").isEmpty();
        assertThat(page.select("#username[aria-invalid], #password[aria-invalid]")).isEmpty();
        assertThat(page.select("script")).as("one file of the portal's own, no inline script, no Vaadin bundle")
                .singleElement().satisfies(script -> {
                    assertThat(script.attr("src")).isEqualTo("/groepskracht/login.js");
                    assertThat(script.hasAttr("defer")).isTrue();
                    assertThat(script.data()).isEmpty();
                });
        assertThat(response.getContentAsString()).doesNotContain("VAADIN");
    }

    @Test
    void a_wrong_password_comes_back_with_the_message_at_both_fields_and_the_address_typed_once() throws Exception {
        var account = sessions.ownAccount(Role.FACILITATOR);
        MvcResult failed = mvc.perform(post("/login").param("username", "  " + account.email() + " ")
                .param("password", "niet het wachtwoord").with(csrf()).with(Clients.fresh())).andReturn();
        assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        MockHttpSession session = (MockHttpSession) failed.getRequest().getSession(false);

        Document page = Jsoup.parse(page(get("/login?error").session(session)).getContentAsString());
        var error = page.selectFirst("#login-form #login-error");
        assertThat(error.attr("role")).isEqualTo("alert");
        assertThat(error.text()).startsWith("Inloggen lukt niet").contains("Controleer uw e-mailadres en wachtwoord");
        for (String field : new String[] {"#username", "#password"}) {
            assertThat(page.selectFirst(field).attr("aria-invalid")).as(field).isEqualTo("true");
            assertThat(page.selectFirst(field).attr("aria-describedby")).as(field).isEqualTo("login-error");
        }
        assertThat(page.selectFirst("#username").val()).as("the address typed").isEqualTo(account.email());
        assertThat(page.selectFirst("#password").hasAttr("autofocus")).as("on to the password").isTrue();
        assertThat(page.selectFirst("#password").val()).as("never the password").isEmpty();

        Document again = Jsoup.parse(page(get("/login?error").session(session)).getContentAsString());
        assertThat(again.selectFirst("#username").val()).as("shown once").isEmpty();
    }

    @Test
    void an_attempt_the_throttle_refuses_comes_back_as_a_failure_that_says_to_wait() throws Exception {
        var account = sessions.ownAccount(Role.FACILITATOR);
        var client = Clients.fresh();
        assertThat(login(account.email(), "fout", client).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        MvcResult refused = login(account.email(), account.password(), client);
        assertThat(refused.getResponse().getRedirectedUrl()).as("the right password, within the first second")
                .isEqualTo("/login?error");
        Document page = Jsoup.parse(page(get("/login?error")
                .session((MockHttpSession) refused.getRequest().getSession(false))).getContentAsString());
        assertThat(page.selectFirst("#login-error").text())
                .contains("Na een paar mislukte pogingen moet u even wachten voordat u het opnieuw probeert.");

        clock.advance(Duration.ofSeconds(2));
        assertThat(login(account.email(), account.password(), client).getResponse().getRedirectedUrl())
                .as("after the wait").isEqualTo("/");
    }

    @Test
    void the_page_says_why_a_session_ended_why_a_form_was_refused_and_that_a_password_was_changed() throws Exception {
        assertThat(notice("/login?timeout")).startsWith("U bent uitgelogd omdat u een tijd niets deed.")
                .contains("Wat u nog niet had opgeslagen, is niet bewaard");
        assertThat(notice("/login?timeout&lifetime")).startsWith("U bent na de langste duur van een sessie uitgelogd.");
        assertThat(notice("/login?reset")).isEqualTo("Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.");
        assertThat(problem("/login?stale")).startsWith("Probeer het opnieuw De inlogpagina was verlopen");
        assertThat(problem("/login?organisation")).startsWith("Inloggen lukt niet Met dit organisatie-account kunt u "
                + "niet inloggen");
        Document stale = Jsoup.parse(page(get("/login?stale")).getContentAsString());
        assertThat(stale.select("#username[aria-invalid]")).as("nothing wrong with what was typed").isEmpty();
    }

    @Test
    void a_sign_in_goes_on_to_the_page_that_was_asked_for() throws Exception {
        var account = sessions.ownAccount(Role.ADVISEUR);
        var client = Clients.fresh();
        MvcResult asked = mvc.perform(get("/monitoring?periode=2025").with(client)).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/login");
        MockHttpSession session = (MockHttpSession) asked.getRequest().getSession(false);
        page(get("/login").session(session));
        String before = session.getId();

        MvcResult signedIn = mvc.perform(post("/login").session(session).param("username", account.email())
                .param("password", account.password()).with(csrf()).with(client).with(request -> {
                    // the browser names its session (its cookie), as MockMvc's session alone does not
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    return request;
                })).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).matches(".*/monitoring\\?periode=2025(&continue)?$");
        assertThat(signedIn.getRequest().getSession(false).getId()).as("a new session id (no fixation)")
                .isNotEqualTo(before);
    }

    @Test
    void the_page_is_english_when_chosen_and_stays_so_but_never_follows_the_browser() throws Exception {
        MockHttpServletResponse chosen = page(get("/login?timeout&lang=en"));
        Document english = Jsoup.parse(chosen.getContentAsString());
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("label[for=username]").text()).isEqualTo("E-mail address");
        assertThat(english.selectFirst("#login-form button").text()).isEqualTo("Log in");
        assertThat(english.selectFirst("#login-notice").text()).startsWith("You were logged out");
        assertThat(english.selectFirst("#lang-en").attr("aria-current")).isEqualTo("true");
        assertThat(english.selectFirst("#lang-nl").attr("href")).as("the notice kept").isEqualTo("?timeout&lang=nl");
        Cookie remembered = chosen.getCookie(Languages.COOKIE);
        assertThat(remembered.getValue()).isEqualTo("en");

        Document again = Jsoup.parse(page(get("/login").cookie(remembered)).getContentAsString());
        assertThat(again.title()).isEqualTo("Log in | Groepskracht");
        Document browser = Jsoup.parse(page(get("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en"))
                .getContentAsString());
        assertThat(browser.title()).as("the portal is Dutch first").isEqualTo("Inloggen | Groepskracht");
        Document parents = Jsoup.parse(page(get("/login").cookie(new Cookie(Languages.COOKIE, "tr")))
                .getContentAsString());
        assertThat(parents.selectFirst("html").attr("lang")).as("a parent's language: the portal has none")
                .isEqualTo("nl");
    }

    @Test
    void the_login_page_sends_the_security_headers_and_a_policy_that_allows_only_the_portals_own_script_files()
            throws Exception {
        MockHttpServletResponse login = page(get("/login"));
        assertThat(login.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'; script-src 'self'; "
                + "connect-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
        assertThat(login.getHeader("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(login.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.getHeader("Cache-Control")).contains("no-store");

        MockHttpServletResponse portal = mvc.perform(get("/groepen").with(Clients.fresh())).andReturn().getResponse();
        assertThat(portal.getHeader("Content-Security-Policy")).as("the portal's own, for Vaadin")
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Clients.fresh())).andReturn().getResponse();
    }

    private MvcResult login(String email, String password,
            org.springframework.test.web.servlet.request.RequestPostProcessor client) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(client)).andReturn();
    }

    private String notice(String address) throws Exception {
        var notice = Jsoup.parse(page(get(address)).getContentAsString()).selectFirst("#login-notice");
        assertThat(notice.attr("role")).isEqualTo("status");
        return notice.text();
    }

    private String problem(String address) throws Exception {
        return Jsoup.parse(page(get(address)).getContentAsString()).selectFirst("#login-error").text();
    }
}
