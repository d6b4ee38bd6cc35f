package nl.groepskracht.security;

import java.util.Objects;
import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the identity provider's sign-in (its ID token checked by Spring Security: signature, issuer,
 * audience, nonce, expiry): which portal account it is. An account is never made from a token: the
 * administrator made it (role, organisation). The account linked to this issuer and subject, or — the
 * first time — the active account of the registration's organisation with the token's e-mail address,
 * when the provider says that address is verified; it is then linked. A deactivated account gets in
 * nowhere. The second factor is the provider's when its token says so, else the portal's.
 */
@Component
class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "no_account";
    private final OidcUserService provider = new OidcUserService();
    private final UserAccountRepository users;
    private final OrganisationLogins logins;
    private final SignInSteps steps;
    private final AccountAudit audit;

    OrganisationSignIn(UserAccountRepository users, OrganisationLogins logins, SignInSteps steps, AccountAudit audit) {
        this.users = users;
        this.audit = audit;
        this.logins = logins;
        this.steps = steps;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        var settings = logins.of(request.getClientRegistration().getRegistrationId()).orElseThrow(() -> refused());
        String issuer = signedIn.getIssuer().toString();
        UserAccount account = users.findByOidcIssuerAndOidcSubject(issuer, signedIn.getSubject())
                .or(() -> firstSignIn(signedIn, settings.organisation()))
                .filter(UserAccount::isActive).orElseThrow(() -> refused());
        if (!account.isLinkedToOrganisation()) {
            account.linkOrganisationAccount(issuer, signedIn.getSubject());
            audit.organisationAccountLinked(account, request.getClientRegistration().getRegistrationId());
        }
        return new OrganisationPrincipal(account, steps.afterOrganisation(account, settings.secondFactorDone(signedIn)),
                signedIn);
    }

    private Optional<UserAccount> firstSignIn(OidcUser signedIn, String organisation) {
        if (!Boolean.TRUE.equals(signedIn.getEmailVerified()) || signedIn.getEmail() == null) {
            return Optional.empty();
        }
        return users.findByEmail(Emails.normalise(signedIn.getEmail()))
                .filter(account -> !account.isLinkedToOrganisation())
                .filter(account -> account.getOrganisationId() != null
                        && Objects.equals(account.getOrganisationId(), logins.organisationId(organisation)));
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT));
    }
}
