package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.groepskracht.base.Roles;
import nl.groepskracht.group.GroupFilter;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.PortalLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Deactivating an account, or giving it another role, ends its open sessions and its service calls at once. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountSessionTest {

    @Autowired
    nl.groepskracht.support.PortalSessions portalSessions;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    GroupService groups;
    @Autowired
    nl.groepskracht.support.Accounts accounts;
    @Autowired
    nl.groepskracht.directory.DirectoryService directory;
    @Autowired
    nl.groepskracht.signup.ParticipantAdmin participants;

    @Test
    void a_deactivated_professionals_open_session_ends_at_the_next_request_and_services_refuse_them()
            throws Exception {
        String email = UserServiceTest.unique("open");
        var created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.FACILITATOR)));
        portalSessions.passwordChosenByOwner(created.id());
        MockHttpSession session = signIn(email, created.password());
        assertThat(requestWith(session)).as("signed in: the portal page is served").isEqualTo(PortalLogin.SIGNED_IN);
        assertThat(nl.groepskracht.support.WithRole.as(email, Roles.FACILITATOR,
                () -> groups.list(GroupFilter.none(), Pageable.unpaged()))).isNotNull();

        as(Roles.ADMIN, () -> users.setActive(created.id(), false));

        assertThat(requestWith(session)).as("the open session ended").isEqualTo(PortalLogin.SENT_TO_LOGIN);
        assertThat(session.isInvalid()).isTrue();
        assertThatThrownBy(() -> nl.groepskracht.support.WithRole.as(email, Roles.FACILITATOR,
                () -> groups.list(GroupFilter.none(), Pageable.unpaged()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_role_ends_the_session_so_the_new_role_applies_from_the_next_login() throws Exception {
        String email = UserServiceTest.unique("rol");
        var created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.ADVISEUR)));
        portalSessions.passwordChosenByOwner(created.id());
        MockHttpSession session = signIn(email, created.password());
        var draft = as(Roles.ADMIN, () -> users.load(created.id()));
        draft.setRole(Role.FACILITATOR);
        as(Roles.ADMIN, () -> users.update(created.id(), draft));

        assertThat(requestWith(session)).isEqualTo(PortalLogin.SENT_TO_LOGIN);
    }

    @Test
    void a_new_e_mail_address_ends_the_session_too() throws Exception {
        String email = UserServiceTest.unique("adres");
        var created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.FACILITATOR)));
        portalSessions.passwordChosenByOwner(created.id());
        MockHttpSession session = signIn(email, created.password());
        var draft = as(Roles.ADMIN, () -> users.load(created.id()));
        draft.setEmail(UserServiceTest.unique("nieuwadres"));
        as(Roles.ADMIN, () -> users.update(created.id(), draft));

        assertThat(requestWith(session)).isEqualTo(PortalLogin.SENT_TO_LOGIN);
    }

    @Test
    void a_facilitator_given_another_role_no_longer_manages_their_groups() {
        var facilitator = accounts.create("Wisselaar", Role.FACILITATOR);
        long groupId = nl.groepskracht.support.Accounts.as(facilitator, () -> groups.create(
                nl.groepskracht.support.Fixtures.group(directory, "overgewicht", java.util.Set.of())));
        var draft = as(Roles.ADMIN, () -> users.load(facilitator.id()));
        draft.setRole(Role.ADVISEUR);
        as(Roles.ADMIN, () -> users.update(facilitator.id(), draft));

        assertThatThrownBy(() -> nl.groepskracht.support.WithRole.as(facilitator.email(), Roles.ADVISEUR,
                () -> participants.participants(groupId))).isInstanceOf(AccessDeniedException.class);
        assertThat(nl.groepskracht.support.WithRole.as(facilitator.email(), Roles.ADVISEUR,
                () -> groups.get(groupId)).manageable()).isFalse();
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        return PortalLogin.signIn(mvc, email, password, Clients.fresh());
    }

    /** A portal page with this session: served signed in, or sent to the login page (or what else it did). */
    private String requestWith(MockHttpSession session) {
        return PortalLogin.open(mvc, session);
    }
}
