package nl.groepskracht.security;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks it for a while after too many, which stops password
 * guessing without locking anyone out for good. A successful login resets the count.
 */
@Component
class LoginAttemptListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptListener.class);
    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockDuration;

    LoginAttemptListener(UserAccountRepository users, Clock clock,
            @Value("${groepskracht.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${groepskracht.security.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByEmail(Emails.normalise(event.getAuthentication().getName())).ifPresent(account -> {
            account.recordFailedLogin(maxFailedLogins, clock.instant(), lockDuration);
            if (account.isLockedAt(clock.instant())) {
                log.warn("Account {} locked for {} after repeated failed logins", account.getId(), lockDuration);
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.findByEmail(Emails.normalise(event.getAuthentication().getName()))
                .ifPresent(UserAccount::recordSuccessfulLogin);
    }
}
