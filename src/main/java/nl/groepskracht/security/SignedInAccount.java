package nl.groepskracht.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current thread's sign-in, as it is now: by its id and only while its
 * security version is the one signed in with (another e-mail address, role or password ends it); a
 * sign-in made by the portal itself (demo data, jobs) is found by its name. Inactive accounts are
 * never returned, and neither is a sign-in with {@link SignInStep}s still to do (only
 * {@link #atStep} finds it, for the step's own service).
 */
@Component
class SignedInAccount {

    private final UserAccountRepository users;

    SignedInAccount(UserAccountRepository users) {
        this.users = users;
    }

    Optional<UserAccount> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.pending().isEmpty() ? account(principal) : Optional.empty();
        }
        return auth.getName() == null ? Optional.empty()
                : users.findByEmail(Emails.normalise(auth.getName())).filter(UserAccount::isActive);
    }

    /** The account of a sign-in whose next step is this one, or that is complete (doing it again by choice). */
    Optional<UserAccount> atStep(SignInStep step) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return auth.isAuthenticated() && principal.nextStep().map(step::equals).orElse(true) ? account(principal)
                    : Optional.empty();
        }
        return current();
    }

    private Optional<UserAccount> account(AccountPrincipal principal) {
        return users.findById(principal.accountId()).filter(UserAccount::isActive)
                .filter(a -> a.getSecurityVersion() == principal.securityVersion());
    }
}
