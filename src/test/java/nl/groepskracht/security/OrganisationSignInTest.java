package nl.groepskracht.security;

import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.support.OrganisationSignInFlow;
import nl.groepskracht.support.SignInPolicyTest;
import nl.groepskracht.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Inloggen met je organisatie-account" against a real OpenID Connect provider: the code flow with
 * PKCE; an account is found (never made) by its verified address in its own organisation, then by the
 * provider's subject; deactivation ends access; the provider's second factor counts when its token
 * says so, else the portal asks its own.
 */
@SignInPolicyTest
class OrganisationSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    DirectoryService directory;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    nl.groepskracht.privacy.AuditLog audit;

    @Test
    void the_first_sign_in_links_the_account_by_its_verified_address_and_later_ones_by_the_subject()
            throws Exception {
        String email = UserServiceTest.unique("oidc");
        long id = account(email, Role.ADVISEUR, jgz());
        String subject = UUID.randomUUID().toString();

        var first = OrganisationSignInFlow.signIn(mvc, subject, claims(email, true, "pwd", "mfa"));
        assertThat(first.authorization().getQuery()).as("PKCE").contains("code_challenge=",
                "code_challenge_method=S256");
        assertThat(first.redirect()).isEqualTo("/");
        assertThat(pageIn(first.session())).as("in, the provider did a second factor").isNull();

        var renamed = OrganisationSignInFlow.signIn(mvc, subject, claims("ander." + email, true, "mfa"));
        assertThat(pageIn(renamed.session())).as("the same person, whatever address the token names now").isNull();
        assertThat(accounts.findById(id).orElseThrow().isLinkedToOrganisation()).isTrue();
        var linked = as(Roles.ADMIN, () -> audit.list(org.springframework.data.domain.PageRequest.of(0, 50,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"))))
                .getContent().stream().filter(line -> Long.valueOf(id).equals(line.subjectAccountId())
                        && line.action() == nl.groepskracht.privacy.AuditAction.ACCOUNT_SIGN_IN_METHOD_CHANGED)
                .toList();
        assertThat(linked).as("linked once, by the owner, audited").singleElement()
                .satisfies(line -> assertThat(line.actor()).isEqualTo(email))
                .satisfies(line -> assertThat(line.note().values()).containsExactly(TestIdentityProvider.REGISTRATION));
    }

    @Test
    void the_login_page_offers_the_organisations_sign_in_which_starts_the_code_flow() throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
        var organisation = page.selectFirst("a#login-" + TestIdentityProvider.REGISTRATION);
        assertThat(organisation).as("the organisation's button").isNotNull();
        assertThat(organisation.text()).isEqualTo("Inloggen met je organisatie-account (JGZ Utrecht)");
        assertThat(organisation.attr("href")).isEqualTo("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
        assertThat(mvc.perform(get(organisation.attr("href"))).andReturn().getResponse().getRedirectedUrl())
                .as("to the provider, with PKCE").contains("code_challenge_method=S256");
    }

    @Test
    void no_account_is_made_from_a_token_and_an_unverified_or_foreign_address_gets_nowhere() throws Exception {
        String unknown = UserServiceTest.unique("onbekend");
        assertThat(OrganisationSignInFlow.signIn(mvc, UUID.randomUUID().toString(), claims(unknown, true, "mfa"))
                .redirect()).isEqualTo("/login?organisation");
        assertThat(accounts.findByEmail(Emails.normalise(unknown))).as("no account made").isEmpty();

        String unverified = UserServiceTest.unique("onbevestigd");
        account(unverified, Role.ADVISEUR, jgz());
        assertThat(OrganisationSignInFlow.signIn(mvc, UUID.randomUUID().toString(), claims(unverified, false, "mfa"))
                .redirect()).isEqualTo("/login?organisation");

        String elsewhere = UserServiceTest.unique("lokalis");
        account(elsewhere, Role.ADVISEUR, directory.allOrganisations().stream()
                .filter(o -> !o.name().equals(TestIdentityProvider.ORGANISATION)).findFirst().orElseThrow().id());
        assertThat(OrganisationSignInFlow.signIn(mvc, UUID.randomUUID().toString(), claims(elsewhere, true, "mfa"))
                .redirect()).as("JGZ's provider does not sign in another organisation's people")
                .isEqualTo("/login?organisation");
    }

    @Test
    void deactivating_the_account_ends_the_open_session_and_the_next_sign_in() throws Exception {
        String email = UserServiceTest.unique("uit");
        long id = account(email, Role.ADVISEUR, jgz());
        String subject = UUID.randomUUID().toString();
        MockHttpSession open = OrganisationSignInFlow.signIn(mvc, subject, claims(email, true, "mfa")).session();
        assertThat(pageIn(open)).isNull();

        as(Roles.ADMIN, () -> users.setActive(id, false));

        assertThat(pageIn(open)).as("the open session").endsWith("/login");
        assertThat(OrganisationSignInFlow.signIn(mvc, subject, claims(email, true, "mfa")).redirect())
                .isEqualTo("/login?organisation");
    }

    @Test
    void without_the_providers_second_factor_the_portal_asks_its_own() throws Exception {
        String email = UserServiceTest.unique("pwd");
        account(email, Role.FACILITATOR, jgz());
        var signedIn = OrganisationSignInFlow.signIn(mvc, UUID.randomUUID().toString(), claims(email, true, "pwd"));
        assertThat(pageIn(signedIn.session())).as("facilitators need a second factor: set up the app")
                .isEqualTo("/tweestaps/instellen");
    }

    private long account(String email, Role role, long organisationId) {
        var draft = UserServiceTest.draft(email, role);
        draft.setOrganisationId(organisationId);
        return as(Roles.ADMIN, () -> users.create(draft)).id();
    }

    private long jgz() {
        return directory.allOrganisations().stream().filter(o -> o.name().equals(TestIdentityProvider.ORGANISATION))
                .map(OrganisationItem::id).findFirst().orElseThrow();
    }

    private static Map<String, Object> claims(String email, boolean verified, String... amr) {
        return Map.of("email", email, "email_verified", verified, "amr", List.of(amr), "name", "Test");
    }

    private String pageIn(MockHttpSession session) throws Exception {
        return mvc.perform(get("/groepen").session(session)).andReturn().getResponse().getRedirectedUrl();
    }
}
