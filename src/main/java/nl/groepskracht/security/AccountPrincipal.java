package nl.groepskracht.security;

import java.util.Collection;
import nl.groepskracht.base.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in professional: login name is the e-mail address, greeted by display name. It remembers
 * the account's security version at login: when that changes (deactivated, another role, a new
 * password), the session ends at the next request.
 */
class AccountPrincipal extends User implements DisplayNamed {

    private final String displayName;
    private final long accountId;
    private final int securityVersion;

    AccountPrincipal(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getEmail(), account.getPasswordHash(), account.isActive(), true, true, true, authorities);
        this.displayName = account.getDisplayName();
        this.accountId = account.getId();
        this.securityVersion = account.getSecurityVersion();
    }

    @Override
    public String displayName() {
        return displayName;
    }

    long accountId() {
        return accountId;
    }

    int securityVersion() {
        return securityVersion;
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
