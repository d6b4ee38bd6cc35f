package nl.groepskracht.security;

import static nl.groepskracht.support.SessionActing.actIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.PortalSessions;
import nl.groepskracht.support.SessionActing;
import nl.groepskracht.support.SignInPolicyTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two-factor sign-in for a role that requires it (facilitators here): setting the app up at the first
 * sign-in, the code after the password, recovery codes, a remembered device, slowing down guesses, and the
 * administrator's reset — through the security chain as a browser would go.
 */
@SignInPolicyTest
class SecondFactorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSessions sessions;
    @Autowired
    SecondFactors factors;
    @Autowired
    TotpCodes app;
    @Autowired
    UserService users;
    @Autowired
    AuditLog audit;
    @Autowired
    MutableClock clock;

    PortalSessions.Account account;
    String secret;
    List<String> recoveryCodes;

    @BeforeEach
    void aFacilitatorSetsUpTheAppAtTheFirstSignIn() throws Exception {
        account = sessions.ownAccount(Role.FACILITATOR);
        MockHttpSession first = signIn(null);
        assertThat(pageIn(first)).as("sent to set up the app").isEqualTo("/tweestaps/instellen");
        actIn(first);
        assertThat(factors.status().enrolled()).isFalse();
        var enrolment = factors.begin();
        assertThat(enrolment.uri()).startsWith("otpauth://totp/").contains("secret=" + enrolment.secret(),
                "issuer=Groepskracht");
        refused(() -> factors.confirm(enrolment, "000000".equals(now(enrolment.secret())) ? "111111" : "000000",
                "192.0.2.1"), "twofactor.code.wrong");
        recoveryCodes = factors.confirm(enrolment, now(enrolment.secret()), "192.0.2.11");
        secret = enrolment.secret();
        SessionActing.leave();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(pageIn(first)).as("in, once set up").isNull();
        clock.advance(Duration.ofSeconds(TotpCodes.PERIOD_SECONDS));
    }

    @AfterEach
    void leave() {
        SessionActing.leave();
        clock.reset();
    }

    @Test
    void the_code_is_asked_after_the_password_and_each_code_works_once() throws Exception {
        MockHttpSession session = signIn(null);
        assertThat(pageIn(session)).as("the code first").isEqualTo("/tweestaps");
        assertThat(mvc.perform(get("/rapportage/impact").session(session)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/tweestaps");
        String code = now(secret);
        passes(session, code, false);
        assertThat(pageIn(session)).as("signed in").isNull();

        MockHttpSession again = signIn(null);
        actIn(again);
        refused(() -> factors.verify(code, false, "192.0.2.2"), "twofactor.code.wrong");
        SessionActing.leave();
        clock.advance(Duration.ofSeconds(TotpCodes.PERIOD_SECONDS));
        passes(again, now(secret), false);
    }

    @Test
    void a_wrong_password_gets_no_further_than_the_login_page() throws Exception {
        MvcResult wrong = PortalSessions.login(mvc, account.email(), "niet het wachtwoord");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThatThrownBy(() -> factors.verify(now(secret), false, "192.0.2.3"))
                .as("no code without the password").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_recovery_code_opens_the_portal_once() throws Exception {
        String code = recoveryCodes.get(3);
        passes(signIn(null), code.toUpperCase().replace("-", " - "), false);
        MockHttpSession again = signIn(null);
        actIn(again);
        refused(() -> factors.verify(code, false, "192.0.2.4"), "twofactor.code.wrong");
        passes(again, recoveryCodes.get(4), false);
        actIn(again);
        assertThat(factors.status().recoveryCodesLeft()).isEqualTo(8);
    }

    @Test
    void a_remembered_device_is_spared_the_code_for_30_days_unless_forgotten() throws Exception {
        Cookie device = passes(signIn(null), now(secret), true);
        assertThat(device.getMaxAge()).isEqualTo((int) Duration.ofDays(30).toSeconds());
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(pageIn(signIn(device))).as("remembered").isNull();
        Cookie forged = new Cookie(DeviceMemory.COOKIE, device.getValue().replaceFirst("^\\d+", "1"));
        assertThat(pageIn(signIn(forged))).as("another account's cookie, made up").isEqualTo("/tweestaps");
        assertThat(pageIn(signIn(new Cookie(DeviceMemory.COOKIE, "x" + device.getValue())))).isEqualTo("/tweestaps");

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertThat(pageIn(signIn(device))).as("after 30 days").isEqualTo("/tweestaps");

        Cookie fresh = passes(signIn(null), now(secret), true);
        MockHttpSession remembered = signIn(fresh);
        clock.advance(Duration.ofSeconds(1));
        actIn(remembered);
        factors.forgetDevices();
        SessionActing.leave();
        assertThat(pageIn(signIn(fresh))).as("devices forgotten").isEqualTo("/tweestaps");
    }

    @Test
    void guessing_codes_is_slowed_down_like_passwords() throws Exception {
        MockHttpSession session = signIn(null);
        actIn(session);
        String wrong = "000000".equals(now(secret)) ? "111111" : "000000";
        refused(() -> factors.verify(wrong, false, "198.51.100.7"), "twofactor.code.wrong");
        refused(() -> factors.verify(now(secret), false, "198.51.100.7"), "twofactor.code.wait");
        clock.advance(Duration.ofSeconds(2));
        assertThat(factors.verify(now(secret), false, "198.51.100.7").rememberDevice()).isEmpty();
    }

    @Test
    void the_administrator_resets_the_second_factor_the_sessions_end_and_the_app_is_set_up_again()
            throws Exception {
        MockHttpSession open = signIn(null);
        passes(open, now(secret), false);

        WithRole.as(Roles.ADMIN, () -> users.resetSecondFactor(account.id()));

        assertThat(pageIn(open)).as("the open session ended").endsWith("/login");
        assertThat(WithRole.as(Roles.ADMIN, () -> users.hasSecondFactor(account.id()))).isFalse();
        assertThat(pageIn(signIn(null))).isEqualTo("/tweestaps/instellen");
        var lines = WithRole.as(Roles.ADMIN, () -> audit.list(PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "id"))))
                .getContent().stream().filter(line -> Long.valueOf(account.id()).equals(line.subjectAccountId())
                        && line.action() == AuditAction.ACCOUNT_SECOND_FACTOR_CHANGED).toList();
        assertThat(lines).as("reset by the administrator, after the owner set it up").hasSize(2);
        assertThat(lines.get(0).actor()).isEqualTo("admin@test.example");
        assertThat(lines.get(0).note().values()).containsExactly("RESET");
        assertThat(lines.get(1).actor()).isEqualTo(account.email());
        assertThat(lines.get(1).note().values()).containsExactly("ENROLLED");
    }

    /** Signs in with the password (and this device's cookie); the session it gives. */
    private MockHttpSession signIn(Cookie device) throws Exception {
        MockHttpServletRequestBuilder login = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/login").param("username", account.email()).param("password", account.password())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(nl.groepskracht.support.Clients.fresh());
        MvcResult result = mvc.perform(device == null ? login : login.cookie(device)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Where a portal page sends this session: a step's page, the login page, or nowhere (null: it opens). */
    private String pageIn(MockHttpSession session) throws Exception {
        return mvc.perform(get("/groepen").session(session)).andReturn().getResponse().getRedirectedUrl();
    }

    /** Types the code in this session; the "remember" cookie when asked. */
    private Cookie passes(MockHttpSession session, String code, boolean remember) {
        actIn(session);
        try {
            return factors.verify(code, remember, "192.0.2." + (System.nanoTime() % 200)).rememberDevice().orElse(null);
        } finally {
            SessionActing.leave();
        }
    }

    private String now(String key) {
        return app.code(key, app.currentStep());
    }

    private static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(FieldValidationException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
