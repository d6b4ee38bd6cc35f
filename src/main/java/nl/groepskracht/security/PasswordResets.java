package nl.groepskracht.security;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.groepskracht.base.limits.RateLimit;
import nl.groepskracht.base.limits.RateLimiter;
import nl.groepskracht.mail.MailOutbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Wachtwoord vergeten". Asking for a link answers the same for every address, known or not, active or
 * not, in about the same time; only an active account gets an e-mail (through the outbox). A link works
 * once, for an hour. Limits: {@value #REQUESTS_PER_CLIENT} requests an hour per client (then the answer
 * says to wait, for any address; counted in the database, so on every portal node together), and at most
 * {@value #LINKS_PER_ACCOUNT} links an hour per account (more are silently not sent, so nobody can flood a
 * professional's mailbox).
 */
@Service
@nl.groepskracht.base.AccessRule("anyone: the forgotten-password pages (the answer never tells whether an address is"
        + " known; the link's secret token is the right to choose a password)")
public class PasswordResets {

    public static final int REQUESTS_PER_CLIENT = 10;
    static final int LINKS_PER_ACCOUNT = 3;
    /** Every answer takes at least this long, whether or not a mail was written. */
    private static final Duration ANSWER_TIME = Duration.ofMillis(300);

    private static final RateLimit PER_CLIENT = new RateLimit("password-reset-client", REQUESTS_PER_CLIENT,
            Duration.ofHours(1));
    private final UserAccountRepository users;
    private final ResetLinks links;
    private final ResetMail mail;
    private final MailOutbox outbox;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final TransactionTemplate transaction;
    private final AccountAudit audit;
    private final RateLimiter limiter;

    PasswordResets(UserAccountRepository users, ResetLinks links, ResetMail mail, MailOutbox outbox,
            PasswordEncoder encoder, LoginThrottle throttle, PlatformTransactionManager transactions,
            AccountAudit audit, RateLimiter limiter) {
        this.audit = audit;
        this.limiter = limiter;
        this.users = users;
        this.links = links;
        this.mail = mail;
        this.outbox = outbox;
        this.encoder = encoder;
        this.throttle = throttle;
        this.transaction = new TransactionTemplate(transactions);
    }

    public enum Answer {
        /** "If this address has an account, a link is on its way." */
        SENT_IF_KNOWN,
        /** This client asked too often; try again later. */
        TOO_MANY
    }

    /** Sends a link to this address if it belongs to an active account; the answer never tells which. */
    public Answer request(String email, String client, Locale language) {
        long started = System.nanoTime();
        try {
            if (!limiter.tryAcquire(PER_CLIENT, client == null ? "unknown" : client)) {
                return Answer.TOO_MANY;
            }
            transaction.executeWithoutResult(status -> sendIfKnown(Emails.normalise(email), language));
            return Answer.SENT_IF_KNOWN;
        } finally {
            waitUntil(started + ANSWER_TIME.toNanos());
        }
    }

    /** Whether a link still works (to show the form, or "ask for a new link"). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return links.accountOf(token).flatMap(users::findById).filter(UserAccount::isActive).isPresent();
    }

    /**
     * Gives the account of this link the chosen password: the link is used up (as are other links to the
     * account), its open sessions end, every client may try to sign in again.
     *
     * @throws InvalidResetLink when the link is wrong, used, expired, or its account deactivated
     */
    @Transactional
    public void reset(String token, String chosen) {
        UserAccount account = links.accountOf(token).flatMap(users::findById).filter(UserAccount::isActive)
                .orElseThrow(InvalidResetLink::new);
        PasswordRules.check(chosen, account.getPasswordHash(), encoder);
        if (!links.useUp(token)) {
            throw new InvalidResetLink();
        }
        account.setOwnPassword(encoder.encode(chosen));
        links.forget(account.getId());
        throttle.clear(account.getId());
        audit.ownPasswordChosenByLink(account);
    }

    private void sendIfKnown(String email, Locale language) {
        links.deleteExpired();
        users.findByEmail(email).filter(UserAccount::isActive)
                .filter(account -> links.sentWithinTheHour(account.getId()) < LINKS_PER_ACCOUNT)
                .ifPresent(account -> outbox.enqueue(mail.compose(account.getEmail(), account.getDisplayName(),
                        links.create(account.getId()), language)));
    }

    /** A pause measured on the JVM's monotonic timer: it hides how long the work took, it is not a time of day. */
    private static void waitUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The link is wrong, used, expired, or its account was deactivated. */
    public static class InvalidResetLink extends RuntimeException {

        InvalidResetLink() {
            super("password reset link does not work");
        }
    }
}
