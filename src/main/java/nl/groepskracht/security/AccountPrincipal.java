package nl.groepskracht.security;

import java.util.Collection;
import nl.groepskracht.base.DisplayNamed;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in professional: login name is the e-mail address, greeted by display name. */
class AccountPrincipal extends User implements DisplayNamed {

    private final String displayName;

    AccountPrincipal(UserAccount account, boolean locked, Collection<? extends GrantedAuthority> authorities) {
        super(account.getEmail(), account.getPasswordHash(), account.isActive(), true, true, !locked, authorities);
        this.displayName = account.getDisplayName();
    }

    @Override
    public String displayName() {
        return displayName;
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
