package nl.groepskracht.security;

import nl.groepskracht.base.FieldValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A professional changes their own password, also the first time (when an administrator made it). The
 * current password is asked again and guessing it is slowed down like a login; the new one must follow
 * {@link PasswordRules}. Every other session of the account ends; this one stays signed in.
 */
@Service
public class OwnPassword {

    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final ResetLinks resetLinks;
    private final SignedInSession session;
    private final SignedInAccount signedIn;
    private final AccountAudit audit;

    OwnPassword(PasswordEncoder encoder, LoginThrottle throttle, ResetLinks resetLinks,
            SignedInSession session, SignedInAccount signedIn, AccountAudit audit) {
        this.audit = audit;
        this.encoder = encoder;
        this.throttle = throttle;
        this.resetLinks = resetLinks;
        this.session = session;
        this.signedIn = signedIn;
    }

    /**
     * @param client the address the request comes from (for slowing down guesses of the current password)
     * @throws FieldValidationException at {@code current} (wrong, or wait a moment) or {@code password}
     */
    @Transactional
    @PreAuthorize("@currentAccount.mayDo('OWN_PASSWORD')")
    public void change(String current, String chosen, String client) {
        UserAccount account = signedIn.atStep(SignInStep.OWN_PASSWORD).orElseThrow();
        var attempt = new LoginThrottle.Attempt(client, "id:" + account.getId());
        if (!throttle.admit(attempt)) {
            throw new FieldValidationException("current", "password.current.wait");
        }
        if (current == null || !encoder.matches(current, account.getPasswordHash())) {
            throw new FieldValidationException("current", "password.current.wrong");
        }
        throttle.succeeded(attempt);
        PasswordRules.check(chosen, account.getPasswordHash(), encoder);
        account.setOwnPassword(encoder.encode(chosen));
        resetLinks.forget(account.getId());
        audit.ownPasswordChanged(account);
        session.completeStep(account, SignInStep.OWN_PASSWORD);
    }
}
