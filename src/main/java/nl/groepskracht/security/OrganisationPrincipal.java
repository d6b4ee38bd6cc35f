package nl.groepskracht.security;

import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A professional signed in with their organisation's account: the same principal as after the
 * password (the portal's account, its role and security version, the steps still to do), with the
 * identity provider's token beside it.
 */
class OrganisationPrincipal extends AccountPrincipal implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OrganisationPrincipal(UserAccount account, Set<SignInStep> pending, OidcUser signedIn) {
        super(account, pending);
        this.idToken = signedIn.getIdToken();
        this.userInfo = signedIn.getUserInfo();
        eraseCredentials();
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
