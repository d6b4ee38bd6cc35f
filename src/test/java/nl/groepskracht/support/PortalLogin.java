package nl.groepskracht.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupService;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The login form and a portal page over HTTP (MockMvc), told apart exactly: signed in means the session
 * keeps its account through the security chain and is served by a guarded service; refused means back to
 * {@code /login?error};
 * sent to the login page means a redirect to exactly {@code /login}. Anything else (a 500, another
 * redirect) is reported as what it was, so no assertion mistakes it for one of these.
 */
public final class PortalLogin {

    public static final String SIGNED_IN = "signed in";
    public static final String REFUSED = "refused";
    public static final String SENT_TO_LOGIN = "sent to the login page";
    /**
     * Signed in with a password an administrator made: the session keeps the account, but every page sends to
     * exactly the change-password page and no service serves it until the owner chose their own.
     */
    public static final String OWN_PASSWORD_FIRST = "signed in, to choose their own password first";
    /** A portal page behind the login (a Vaadin route: served by handing it to the Vaadin servlet). */
    private static final String PORTAL_PAGE = "/groepen";

    private PortalLogin() {
    }

    /** A login attempt: its outcome, and the session it left (null when none). */
    public record Attempt(String outcome, MockHttpSession session) {
    }

    /** Posts the login form from the given client. */
    public static Attempt attempt(MockMvc mvc, String email, String password, RequestPostProcessor client)
            throws Exception {
        MvcResult result = mvc.perform(post("/login").param("username", email).param("password", password)
                .with(csrf()).with(client)).andReturn();
        var session = (MockHttpSession) result.getRequest().getSession(false);
        String redirect = result.getResponse().getRedirectedUrl();
        if ("/login?error".equals(redirect)) {
            return new Attempt(REFUSED, session);
        }
        if (!"/".equals(redirect) || session == null) {
            return new Attempt("login answered " + result.getResponse().getStatus() + " to " + redirect, session);
        }
        String signedInAs = signedInAs(session);
        if (!email.strip().equalsIgnoreCase(signedInAs)) {
            return new Attempt("signed in as " + signedInAs, session);
        }
        return new Attempt(open(mvc, session), session);
    }

    /** Signs in and returns the session; fails unless the login let this account in. */
    public static MockHttpSession signIn(MockMvc mvc, String email, String password, RequestPostProcessor client)
            throws Exception {
        return signIn(mvc, email, password, client, SIGNED_IN);
    }

    /** Signs in and returns the session; fails unless the login had this outcome ({@link #OWN_PASSWORD_FIRST}). */
    public static MockHttpSession signIn(MockMvc mvc, String email, String password, RequestPostProcessor client,
            String outcome) throws Exception {
        Attempt attempt = attempt(mvc, email, password, client);
        org.assertj.core.api.Assertions.assertThat(attempt.outcome()).as("signing in as %s", email)
                .isEqualTo(outcome);
        return attempt.session();
    }

    /**
     * What a portal page does with this session: {@link #SIGNED_IN} (the security chain kept the session and
     * its account, and a service guarded by "the account as it is now" serves it), {@link #SENT_TO_LOGIN}, or
     * what it did. MockMvc does not start the Vaadin servlet, so the page itself is not rendered here (Vaadin's
     * URL rules answer 403 for a route they cannot resolve); the service call is the proof of access.
     */
    public static String open(MockMvc mvc, MockHttpSession session) {
        try {
            MockHttpServletResponse response = mvc.perform(get(PORTAL_PAGE).session(session)).andReturn()
                    .getResponse();
            if (response.getStatus() == 302 && "/login".equals(response.getRedirectedUrl()) && session.isInvalid()) {
                return SENT_TO_LOGIN;
            }
            if (response.getRedirectedUrl() == null && response.getStatus() < 500 && signedInAs(session) != null
                    && servedByAGuardedService(mvc, session)) {
                return SIGNED_IN;
            }
            if (response.getStatus() == 302 && "/wachtwoord".equals(response.getRedirectedUrl())
                    && signedInAs(session) != null && !servedByAGuardedService(mvc, session)) {
                return OWN_PASSWORD_FIRST;
            }
            return PORTAL_PAGE + " answered " + response.getStatus() + ", redirect " + response.getRedirectedUrl()
                    + ", session " + (session.isInvalid() ? "ended" : "kept as " + signedInAs(session));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signed-in professional's own groups, as the portal's group list asks for them with this session. */
    private static boolean servedByAGuardedService(MockMvc mvc, MockHttpSession session) {
        var groups = mvc.getDispatcherServlet().getWebApplicationContext().getBean(GroupService.class);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            groups.list(GroupFilter.none(), Pageable.ofSize(1));
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The account name in the session's security context (null when none). */
    private static String signedInAs(MockHttpSession session) {
        if (session.isInvalid()) {
            return null;
        }
        var context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null ? null : context.getAuthentication().getName();
    }
}
