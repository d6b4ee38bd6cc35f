package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.PortalLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A professional changes their own password: the session that did it stays signed in, every other
 * session of the account ends; a generated first password is no longer asked to be replaced.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OwnPasswordTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    OwnPassword ownPassword;
    @Autowired
    SignedInSession signedIn;

    String email;
    UserService.CreatedUser created;
    MockHttpSession here;
    MockHttpSession elsewhere;

    @BeforeEach
    void signedInTwiceWithAGeneratedPassword() throws Exception {
        email = UserServiceTest.unique("eigen");
        created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.FACILITATOR)));
        here = PortalLogin.signIn(mvc, email, created.password(), Clients.fresh(), PortalLogin.OWN_PASSWORD_FIRST);
        elsewhere = PortalLogin.signIn(mvc, email, created.password(), Clients.fresh(), PortalLogin.OWN_PASSWORD_FIRST);
        actIn(here);
    }

    @AfterEach
    void leave() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_session_that_changed_the_password_stays_signed_in_and_the_others_end() throws Exception {
        assertThat(signedIn.mustChoosePassword()).as("a generated password").isTrue();

        ownPassword.change(created.password(), "mijn eigen lange wachtwoord", "10.1.2.3");

        assertThat(signedIn.mustChoosePassword()).isFalse();
        assertThat(requestWith(here)).as("this session").isEqualTo(PortalLogin.SIGNED_IN);
        assertThat(requestWith(elsewhere)).as("another session").isEqualTo(PortalLogin.SENT_TO_LOGIN);
        assertThat(elsewhere.isInvalid()).isTrue();
        MockHttpSession again = signIn("mijn eigen lange wachtwoord");
        actIn(again);
        assertThat(signedIn.mustChoosePassword()).as("signed in again").isFalse();
    }

    @Test
    void the_current_password_is_asked_and_guessing_it_is_slowed_down_like_a_login() {
        String client = "10.7.7." + (System.nanoTime() % 200);
        assertRefused(() -> ownPassword.change("geraden wachtwoord", "mijn eigen lange wachtwoord", client),
                "current", "password.current.wrong");
        assertRefused(() -> ownPassword.change(created.password(), "mijn eigen lange wachtwoord", client), "current",
                "password.current.wait");
        assertThat(requestWith(elsewhere)).as("nothing changed").isEqualTo(PortalLogin.OWN_PASSWORD_FIRST);
    }

    @Test
    void the_new_password_must_be_long_enough_and_new() {
        assertRefused(() -> ownPassword.change(created.password(), "te kort", "10.1.2.4"), "password",
                "password.too-short");
        assertRefused(() -> ownPassword.change(created.password(), created.password(), "10.1.2.4"), "password",
                "password.same-as-old");
        assertThat(signedIn.mustChoosePassword()).isTrue();
    }

    private MockHttpSession signIn(String password) throws Exception {
        return PortalLogin.signIn(mvc, email, password, Clients.fresh());
    }

    /** The service runs as a request of this session would: its security context, its request. */
    private static void actIn(MockHttpSession session) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        var context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.setContext(context);
    }

    /** A portal page with this session: served signed in, or sent to the login page (or what else it did). */
    private String requestWith(MockHttpSession session) {
        return PortalLogin.open(mvc, session);
    }

    private static void assertRefused(Runnable action, String field, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldValidationException.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
