package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.groepskracht.base.Roles;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.PortalSessions;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The sign-in through the security chain, as a browser (or an attacker's page) sends it. */
@SmtpAndClockTest
class SignInChainTest {

    private static final String PDF = "/rapportage/impact.pdf?van=2025-08-01&tot=2026-07-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSessions sessions;
    @Autowired
    UserService users;
    @Autowired
    ProfessionalDirectory professionals;

    @Test
    void a_login_posted_without_the_login_pages_csrf_token_signs_nobody_in() throws Exception {
        var account = sessions.ownAccount(Role.FACILITATOR);

        MvcResult forged = mvc.perform(post("/login").param("username", account.email())
                .param("password", account.password()).with(Clients.fresh())).andReturn();

        assertThat(forged.getResponse().getStatus()).isEqualTo(303);
        assertThat(forged.getResponse().getHeader("Location")).isEqualTo("/login?stale");
        MockHttpSession session = (MockHttpSession) forged.getRequest().getSession(false);
        assertThat(session == null ? null : session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).as("nobody signed in").isNull();
        assertThat(PortalSessions.login(mvc, account.email(), account.password()).getResponse().getRedirectedUrl())
                .as("the login page's own form, with its token").isEqualTo("/");
    }

    @Test
    void an_administrator_made_password_opens_nothing_but_the_change_password_page() throws Exception {
        String email = UserServiceTest.unique("eerstekeer");
        var created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.ADVISEUR)));
        MvcResult login = PortalSessions.login(mvc, email, created.password());
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        MockHttpServletResponse pdf = mvc.perform(get(PDF).session(session)).andReturn().getResponse();
        assertThat(pdf.getContentType()).as("no report").isNotEqualTo("application/pdf");
        assertThat(pdf.getRedirectedUrl()).isEqualTo("/wachtwoord");
        assertThat(mvc.perform(get("/groepen").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/wachtwoord");
        assertThat(mvc.perform(post("/rapportage/impact").with(csrf()).session(session)).andReturn().getResponse()
                .getStatus()).as("anything but a page asked for").isEqualTo(403);
        // (MockMvc runs no Vaadin servlet, so the page itself is not served here: PasswordJourneyIT opens it)
        assertThat(mvc.perform(get("/wachtwoord").session(session)).andReturn().getResponse().getRedirectedUrl())
                .as("the change-password page itself is let through").isNull();
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            assertThat(professionals.current()).as("services do not know the session yet").isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
