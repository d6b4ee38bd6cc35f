package nl.groepskracht.security;

import java.util.List;
import nl.groepskracht.base.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in professional: login name is the e-mail address, greeted by display name. It remembers
 * the account's security version at login: when that changes (deactivated, another role, a new
 * password), the session ends at the next request. It also remembers whether the password was made by an
 * administrator: the portal then asks for the professional's own password before anything else (a new
 * password raises the version, so this never goes stale).
 */
class AccountPrincipal extends User implements DisplayNamed {

    private final String displayName;
    private final long accountId;
    private final int securityVersion;
    private final boolean mustChangePassword;

    AccountPrincipal(UserAccount account) {
        super(account.getEmail(), account.getPasswordHash(), account.isActive(), true, true, true,
                List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.displayName = account.getDisplayName();
        this.accountId = account.getId();
        this.securityVersion = account.getSecurityVersion();
        this.mustChangePassword = account.mustChangePassword();
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

    boolean mustChangePassword() {
        return mustChangePassword;
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
