package nl.groepskracht.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.base.db.Conflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock a professional out:
 * <ul>
 * <li>one client on one account: waits 1, 2, 4, 8 seconds after each attempt that fails, and after
 * {@code max-failed-logins} that client (only) is refused for {@code lock-duration};</li>
 * <li>one account from many clients: after 10 failures each next attempt waits longer, at most a
 * minute — but not for a client that signed in to it successfully in the last 30 days, so the owner
 * still gets in;</li>
 * <li>one client on any accounts (trying many): after 20, growing waits up to 15 minutes.</li>
 * </ul>
 * An attempt is admitted and counted BEFORE its password is checked, under row locks (as if it will
 * fail; a success takes it back): attempts sent at the same moment are decided one after the other.
 * The account is its id, so variants of an address (case, accents) count as the same account.
 */
@Component
@nl.groepskracht.base.AccessRule("no person: the login and one's own password change count attempts; the"
        + " administrator's user list (checked in UserService) asks who is under attack")
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration TRUST = Duration.ofDays(30);
    private final JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transaction;
    private final Clock clock;
    private final int maxPerClient;
    private final Duration lock;

    LoginThrottle(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
            Clock clock,
            @Value("${groepskracht.security.max-failed-logins:5}") int maxPerClient,
            @Value("${groepskracht.security.lock-duration:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition
                .PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxPerClient = maxPerClient;
        this.lock = lock;
    }

    enum Scope {
        PAIR, ACCOUNT, CLIENT
    }

    /** Who tries: a client (address) and an account ("id:42", or the typed name when there is no such account). */
    record Attempt(String client, String account) {

        byte[] key(Scope scope) {
            String who = switch (scope) {
                case PAIR -> client + "|" + account;
                case ACCOUNT -> account;
                case CLIENT -> client;
            };
            return EmailAddresses.sha256(scope.name() + ":" + who);
        }
    }

    /**
     * Whether the attempt may check its password now; if so it is counted (a success takes it back).
     * The three rows are made first (each insert on its own), then locked together in key order, so
     * attempts at the same moment wait for each other instead of deadlocking.
     */
    public boolean admit(Attempt attempt) {
        Instant now = clock.instant();
        for (Scope scope : Scope.values()) {
            // each insert commits on its own, also when the caller has a transaction (changing one's password)
            Conflicts.retry(() -> transaction.executeWithoutResult(status -> jdbc.update("INSERT IGNORE INTO login_throttle "
                    + "(throttle_key, scope, account_hash, failures, last_failure_at) VALUES (?, ?, ?, 0, ?)",
                    attempt.key(scope), scope.name(), scope == Scope.CLIENT ? null : accountHash(attempt.account()),
                    Timestamp.from(now))));
        }
        // decided again after a deadlock or a failover: the rows are read again under their locks
        return Boolean.TRUE.equals(Conflicts.retry(() -> transaction.execute(status -> decide(attempt, now))));
    }

    private boolean decide(Attempt attempt, Instant now) {
        Map<Scope, Row> rows = lockRows(attempt, now);
        Row pair = rows.get(Scope.PAIR);
        boolean trusted = pair.trustedUntil != null && pair.trustedUntil.isAfter(now);
        if (pair.blocked(now) || rows.get(Scope.CLIENT).blocked(now)
                || (!trusted && rows.get(Scope.ACCOUNT).blocked(now))) {
            return false;
        }
        int failures = pair.failures + 1;
        save(attempt, Scope.PAIR, failures, failures >= maxPerClient ? lock : seconds(failures - 1, 8), now);
        int account = rows.get(Scope.ACCOUNT).failures + 1;
        save(attempt, Scope.ACCOUNT, account, account > 10 ? seconds(account - 10, 60) : Duration.ZERO, now);
        int client = rows.get(Scope.CLIENT).failures + 1;
        save(attempt, Scope.CLIENT, client, client > 20 ? seconds(client - 20, 900) : Duration.ZERO, now);
        if (failures == maxPerClient) {
            log.warn("A client is refused for {} after {} wrong passwords for one account", lock, failures);
        }
        return true;
    }

    /** The password was right: this client's count for the account starts again and it is trusted there. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        jdbc.update("UPDATE login_throttle SET failures = 0, blocked_until = NULL, trusted_until = ? "
                + "WHERE throttle_key = ?", Timestamp.from(now.plus(TRUST)), attempt.key(Scope.PAIR));
        jdbc.update("UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE throttle_key IN (?, ?)",
                attempt.key(Scope.ACCOUNT), attempt.key(Scope.CLIENT));
    }

    /** An administrator gives an account a new password: every client may try again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(long accountId) {
        jdbc.update("DELETE FROM login_throttle WHERE account_hash = ?", accountHash("id:" + accountId));
    }

    /** Accounts someone is being slowed down or refused on right now (for the administrator). */
    @Transactional(readOnly = true)
    public boolean underAttack(long accountId) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM login_throttle WHERE account_hash = ? "
                + "AND blocked_until > ? AND failures > 0", Integer.class, accountHash("id:" + accountId),
                Timestamp.from(clock.instant()));
        return rows != null && rows > 0;
    }

    /** Of these accounts, those someone is being slowed down or refused on right now (one indexed query). */
    @Transactional(readOnly = true)
    public Set<Long> underAttack(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        Map<ByteBuffer, Long> byHash = new HashMap<>();
        accountIds.forEach(id -> byHash.put(ByteBuffer.wrap(accountHash("id:" + id)), id));
        List<Object> arguments = new ArrayList<>();
        byHash.keySet().forEach(hash -> arguments.add(hash.array()));
        arguments.add(Timestamp.from(clock.instant()));
        String in = String.join(", ", Collections.nCopies(byHash.size(), "?"));
        return new HashSet<>(jdbc.query("SELECT DISTINCT account_hash FROM login_throttle WHERE account_hash IN ("
                + in + ") AND blocked_until > ? AND failures > 0",
                (r, i) -> byHash.get(ByteBuffer.wrap(r.getBytes(1))), arguments.toArray()));
    }

    /** Counts older than an hour, not blocking and not trusting anyone, are forgotten. */
    @Scheduled(fixedDelayString = "${groepskracht.security.throttle-purge-interval:1h}",
            initialDelayString = "${groepskracht.security.throttle-purge-initial-delay:20m}")
    @Transactional
    public int purge() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ? AND (blocked_until IS NULL OR "
                + "blocked_until < ?) AND (trusted_until IS NULL OR trusted_until < ?)",
                Timestamp.from(clock.instant().minus(WINDOW)), now, now);
    }

    private Map<Scope, Row> lockRows(Attempt attempt, Instant now) {
        Instant stale = now.minus(WINDOW);
        Map<Scope, Row> rows = new HashMap<>();
        jdbc.query("SELECT scope, failures, last_failure_at, blocked_until, trusted_until FROM login_throttle "
                + "WHERE throttle_key IN (?, ?, ?) ORDER BY throttle_key FOR UPDATE", (java.sql.ResultSet r) -> {
                    rows.put(Scope.valueOf(r.getString(1)), new Row(r.getTimestamp(3).toInstant().isBefore(stale) ? 0
                            : r.getInt(2), instant(r.getTimestamp(4)), instant(r.getTimestamp(5))));
                }, attempt.key(Scope.PAIR), attempt.key(Scope.ACCOUNT), attempt.key(Scope.CLIENT));
        return rows;
    }

    private void save(Attempt attempt, Scope scope, int failures, Duration wait, Instant now) {
        jdbc.update("UPDATE login_throttle SET failures = ?, last_failure_at = ?, blocked_until = ? "
                + "WHERE throttle_key = ?", failures, Timestamp.from(now),
                wait.isZero() ? null : Timestamp.from(now.plus(wait)), attempt.key(scope));
    }

    private static byte[] accountHash(String account) {
        return EmailAddresses.sha256("ACCOUNT:" + account);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** 2^n seconds (n ≥ 0), at most {@code max}. */
    private static Duration seconds(int n, long max) {
        return n < 0 ? Duration.ZERO : Duration.ofSeconds(Math.min(max, 1L << Math.min(n, 20)));
    }

    private record Row(int failures, Instant blockedUntil, Instant trustedUntil) {

        boolean blocked(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }
}
