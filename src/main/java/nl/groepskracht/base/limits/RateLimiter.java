package nl.groepskracht.base.limits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import nl.groepskracht.base.EmailAddresses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts events per key in the database, so a limit holds across every portal instance and restart
 * (a counter in one JVM's memory would give each instance a limit of its own). One row per scope and key,
 * raised and read back in one atomic upsert ({@code INSERT ... ON DUPLICATE KEY UPDATE ... RETURNING}): events
 * at the same moment, on any instance, are counted one after the other. Outside a transaction (the public forms'
 * limit, checked before the request's own work) that statement is the whole transaction, so the row lock is held
 * only while it runs, not for the round trips of a transaction around it: every post from one address (a school, a
 * NAT'd neighbourhood) goes through that one row. On a Galera cluster an autocommit statement that loses a
 * certification conflict is also retried by the node itself ({@code wsrep_retry_autocommit}). The window starts
 * with the first event and ends {@code window} later; the next event after that starts a new one. Keys are
 * stored only as SHA-256 of scope and key (no address in the table), and rows are deleted once their window is
 * over.
 *
 * <p>Called inside a transaction, the count is part of it: a sign-up that is rolled back used up nothing.
 */
@Component
public class RateLimiter {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RateLimiter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts one event for this key; whether it stays within the limit. */
    public boolean tryAcquire(RateLimit limit, String key) {
        byte[] id = EmailAddresses.sha256(limit.scope() + '\n' + key);
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        // one statement: the row lock lasts only while it runs (outside a transaction), no read after it
        Integer hits = jdbc.queryForObject("""
                INSERT INTO rate_limit (limit_key, window_ends_at, hits) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE hits = IF(window_ends_at <= ?, 1, hits + 1),
                    window_ends_at = IF(window_ends_at <= ?, VALUES(window_ends_at), window_ends_at)
                RETURNING hits""", Integer.class, id, Timestamp.from(now.plus(limit.window())), at, at);
        return hits != null && hits <= limit.max();
    }

    /** A key made of bytes (a hash the caller already keeps, such as an address's). */
    public boolean tryAcquire(RateLimit limit, byte[] key) {
        return tryAcquire(limit, HexFormat.of().formatHex(key));
    }

    /** Windows that are over are forgotten. */
    @Scheduled(fixedDelayString = "${groepskracht.limits.purge-interval:1h}",
            initialDelayString = "${groepskracht.limits.purge-initial-delay:15m}")
    public int purge() {
        return jdbc.update("DELETE FROM rate_limit WHERE window_ends_at < ?", Timestamp.from(clock.instant()));
    }
}
