package nl.groepskracht.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The signed-in professional's session. A new password raises the account's security version, which
 * ends every session of the account ({@link AccountSessionCheck}) — except the one that chose the
 * password: its principal is replaced by one with the new version, in the HTTP session too, once the
 * change is committed. A {@link SignInStep} done (the second factor, one's own password) replaces the
 * principal the same way, with the steps that are left.
 */
@Component
@nl.groepskracht.base.AccessRule("anyone: the signed-in session asks about itself")
public class SignedInSession {

    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** Whether the signed-in professional still has a password an administrator made (see {@code UserAccount}). */
    public boolean mustChoosePassword() {
        return principal().map(AccountPrincipal::mustChangePassword).orElse(false);
    }

    /** The sign-in step this session has to do now; empty when signed in completely (or not at all). */
    public Optional<SignInStep> nextStep() {
        return principal().flatMap(AccountPrincipal::nextStep);
    }

    /** Whether a professional is signed in here with every step done. */
    public boolean signedInCompletely() {
        return principal().map(p -> p.pending().isEmpty()).orElse(false);
    }

    /** After the transaction commits, this request's session signs in as the account as it is now, this step done. */
    void completeStep(UserAccount account, SignInStep done) {
        Set<SignInStep> left = EnumSet.noneOf(SignInStep.class);
        principal().ifPresent(p -> left.addAll(p.pending()));
        left.remove(done);
        var principal = new AccountPrincipal(account, left);
        principal.eraseCredentials();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                replacePrincipal(principal);
            }
        });
    }

    private static Optional<AccountPrincipal> principal() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal principal ? Optional.of(principal)
                : Optional.empty();
    }

    private void replacePrincipal(AccountPrincipal principal) {
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        var previous = strategy.getContext().getAuthentication();
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        auth.setDetails(previous == null ? null : previous.getDetails());
        var context = strategy.createEmptyContext();
        context.setAuthentication(auth);
        strategy.setContext(context);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            sessions.saveContext(context, request.getRequest(), request.getResponse());
        }
    }
}
