package nl.groepskracht.security;

import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current thread's sign-in, as it is now: by its id and only while its
 * security version is the one signed in with (another e-mail address, role or password ends it); a
 * sign-in made by the portal itself (demo data, jobs) is found by its name. Inactive accounts are
 * never returned.
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
            return users.findById(principal.accountId()).filter(UserAccount::isActive)
                    .filter(a -> a.getSecurityVersion() == principal.securityVersion());
        }
        return auth.getName() == null ? Optional.empty()
                : users.findByEmail(Emails.normalise(auth.getName())).filter(UserAccount::isActive);
    }
}
