package nl.groepskracht.security;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in account as it is now, for service guards ({@code @PreAuthorize("@currentAccount...")},
 * see {@code Roles}): active, and its current role from the database, not the roles remembered in a
 * session at login. One primary-key lookup per guarded call.
 */
@Component("currentAccount")
@nl.groepskracht.base.AccessRule("anyone: the signed-in account asks about itself (the service guards)")
public class CurrentAccount {

    private final SignedInAccount signedIn;

    CurrentAccount(SignedInAccount signedIn) {
        this.signedIn = signedIn;
    }

    @Transactional(readOnly = true)
    public boolean isActive() {
        return account().isPresent();
    }

    @Transactional(readOnly = true)
    public boolean hasRole(String role) {
        return account().map(a -> a.getRole().name().equals(role)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean hasAnyRole(String... roles) {
        return account().map(a -> Arrays.asList(roles).contains(a.getRole().name())).orElse(false);
    }

    /** Signed in as far as this {@link SignInStep} (its own page's service), or completely. */
    @Transactional(readOnly = true)
    public boolean mayDo(String step) {
        return signedIn.atStep(SignInStep.valueOf(step)).isPresent();
    }

    private Optional<UserAccount> account() {
        return signedIn.current();
    }
}
