package nl.groepskracht.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.groepskracht.base.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in professional: login name is the e-mail address, greeted by display name. It remembers
 * the account's security version at login: when that changes (deactivated, another role, a new
 * password), the session ends at the next request. It also carries the {@link SignInStep}s still to do
 * (the second factor, one's own password instead of an administrator's, setting up the second factor):
 * until they are done it has no role at all, so no rule that asks for a role lets it through.
 */
class AccountPrincipal extends User implements DisplayNamed {

    private final String displayName;
    private final long accountId;
    private final int securityVersion;
    private final Set<SignInStep> pending;

    /** Fully signed in (or, for the password check, not yet anything). */
    AccountPrincipal(UserAccount account) {
        this(account, Set.of());
    }

    AccountPrincipal(UserAccount account, Set<SignInStep> pending) {
        super(account.getEmail(), account.getPasswordHash(), account.isActive(), true, true, true,
                pending.isEmpty() ? List.of(new SimpleGrantedAuthority(account.getRole().authority())) : List.of());
        this.displayName = account.getDisplayName();
        this.accountId = account.getId();
        this.securityVersion = account.getSecurityVersion();
        this.pending = pending.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(pending));
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

    /** The step to do now, in the order of {@link SignInStep}; empty when signed in completely. */
    Optional<SignInStep> nextStep() {
        return EnumSet.allOf(SignInStep.class).stream().filter(pending::contains).findFirst();
    }

    Set<SignInStep> pending() {
        return pending;
    }

    boolean mustChangePassword() {
        return pending.contains(SignInStep.OWN_PASSWORD);
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
