package nl.groepskracht.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.groepskracht.base.Roles;
import nl.groepskracht.security.Role;
import nl.groepskracht.security.UserDraft;
import nl.groepskracht.security.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in through the security chain (MockMvc) as a professional with a password of their own. */
@Component
public class PortalSessions {

    private final UserService users;
    private final JdbcTemplate jdbc;

    PortalSessions(UserService users, JdbcTemplate jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A new account of this role whose password counts as chosen by its owner. */
    public Account ownAccount(Role role) {
        var draft = new UserDraft();
        draft.setEmail(role.name().toLowerCase() + "." + System.nanoTime() + "@test.example");
        draft.setDisplayName("Sessie " + role.name().toLowerCase());
        draft.setRole(role);
        var created = WithRole.as(Roles.ADMIN, () -> users.create(draft));
        passwordChosenByOwner(created.id());
        return new Account(created.id(), draft.getEmail(), created.password());
    }

    /** The account's password counts as its owner's (not one the administrator made, which must be replaced first). */
    public void passwordChosenByOwner(long accountId) {
        jdbc.update("UPDATE user_account SET must_change_password = FALSE WHERE id = ?", accountId);
    }

    /** Signs in with the password on the login form (with the form's CSRF token), from a client of its own. */
    public static MvcResult login(MockMvc mvc, String email, String password) throws Exception {
        return mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(Clients.fresh())).andReturn();
    }

    /** Signed in completely: the login sends to the start page and nothing more is asked. */
    public MockHttpSession signedIn(MockMvc mvc, Role role) throws Exception {
        Account account = ownAccount(role);
        MvcResult result = login(mvc, account.email(), account.password());
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public record Account(long id, String email, String password) {
    }
}
