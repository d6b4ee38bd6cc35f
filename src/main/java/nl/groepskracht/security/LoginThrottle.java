package nl.groepskracht.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.groepskracht.base.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock a professional out:
 * <ul>
 * <li>one client on one account: waits 1, 2, 4, 8 seconds after each wrong password, and after
 * {@code max-failed-logins} that client (only) is refused for {@code lock-duration};</li>
 * <li>one account from all clients (a spread attack): after 10 wrong passwords each next attempt
 * waits longer, at most a minute — never a lock, so the owner still gets in;</li>
 * <li>one client on any accounts (trying many addresses): after 20, growing waits up to 15 minutes.</li>
 * </ul>
 * Counts are raised with one atomic statement each (parallel wrong passwords all count) and forgotten
 * an hour after the last failure or at a successful login. Keys are hashes; no address or IP is stored.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration WINDOW = Duration.ofHours(1);
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxPerClient;
    private final Duration lock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
            @Value("${groepskracht.security.max-failed-logins:5}") int maxPerClient,
            @Value("${groepskracht.security.lock-duration:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxPerClient = maxPerClient;
        this.lock = lock;
    }

    enum Scope {
        PAIR, ACCOUNT, CLIENT
    }

    /** Whether this client may try a password for this account now. */
    @Transactional(readOnly = true)
    public boolean mayTry(String client, String email) {
        Timestamp now = Timestamp.from(clock.instant());
        Integer blocked = jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE throttle_key IN (?, ?, ?) "
                + "AND blocked_until > ? AND last_failure_at > ?", Integer.class, key(Scope.PAIR, client, email),
                key(Scope.ACCOUNT, client, email), key(Scope.CLIENT, client, email), now,
                Timestamp.from(clock.instant().minus(WINDOW)));
        return blocked == null || blocked == 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String client, String email) {
        int pair = count(Scope.PAIR, client, email);
        block(Scope.PAIR, client, email, pair >= maxPerClient ? lock : seconds(pair - 1, 8));
        int account = count(Scope.ACCOUNT, client, email);
        block(Scope.ACCOUNT, client, email, account > 10 ? seconds(account - 10, 60) : Duration.ZERO);
        int any = count(Scope.CLIENT, client, email);
        block(Scope.CLIENT, client, email, any > 20 ? seconds(any - 20, 900) : Duration.ZERO);
        if (pair == maxPerClient) {
            log.warn("A client is refused for {} after {} wrong passwords for one account", lock, pair);
        }
    }

    /** A successful login: this account's counts start again (another client's lock stays). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String client, String email) {
        jdbc.update("DELETE FROM login_throttle WHERE throttle_key IN (?, ?, ?)", key(Scope.PAIR, client, email),
                key(Scope.ACCOUNT, client, email), key(Scope.CLIENT, client, email));
    }

    /** An administrator gives an account a new password: every client may try it again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(String email) {
        jdbc.update("DELETE FROM login_throttle WHERE account_hash = ?", EmailAddresses.hash(email));
    }

    /** Accounts someone is being slowed down or refused on right now (for the administrator). */
    @Transactional(readOnly = true)
    public List<byte[]> accountsUnderAttack() {
        return jdbc.queryForList("SELECT DISTINCT account_hash FROM login_throttle WHERE account_hash IS NOT NULL "
                + "AND blocked_until > ?", byte[].class, Timestamp.from(clock.instant()));
    }

    private int count(Scope scope, String client, String email) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO login_throttle (throttle_key, scope, account_hash, failures, last_failure_at)
                VALUES (?, ?, ?, 1, ?)
                ON DUPLICATE KEY UPDATE failures = IF(last_failure_at < ?, 1, failures + 1), last_failure_at = ?""",
                key(scope, client, email), scope.name(), scope == Scope.CLIENT ? null : EmailAddresses.hash(email),
                now, Timestamp.from(clock.instant().minus(WINDOW)), now);
        Integer failures = jdbc.queryForObject("SELECT failures FROM login_throttle WHERE throttle_key = ?",
                Integer.class, key(scope, client, email));
        return failures == null ? 1 : failures;
    }

    private void block(Scope scope, String client, String email, Duration wait) {
        Instant until = clock.instant().plus(wait);
        jdbc.update("UPDATE login_throttle SET blocked_until = ? WHERE throttle_key = ?",
                wait.isZero() ? null : Timestamp.from(until), key(scope, client, email));
    }

    /** 2^n seconds (n ≥ 0), at most {@code max}. */
    private static Duration seconds(int n, long max) {
        return n < 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(max, 1L << Math.min(n, 20)));
    }

    private static byte[] key(Scope scope, String client, String email) {
        String who = switch (scope) {
            case PAIR -> client + "|" + EmailAddresses.normalise(email);
            case ACCOUNT -> EmailAddresses.normalise(email);
            case CLIENT -> client;
        };
        return EmailAddresses.sha256(scope.name() + ":" + who);
    }
}
