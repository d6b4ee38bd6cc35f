package nl.groepskracht.base.limits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import nl.groepskracht.base.EmailAddresses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts events per key in the database, so a limit holds across every portal instance and restart
 * (a counter in one JVM's memory would give each instance a limit of its own). One row per scope and key,
 * raised with one atomic upsert and read back under its row lock: events at the same moment, on any
 * instance, are counted one after the other. The window starts with the first event and ends
 * {@code window} later; the next event after that starts a new one. Keys are stored only as SHA-256 of
 * scope and key (no address in the table), and rows are deleted once their window is over.
 *
 * <p>Called inside a transaction, the count is part of it: a sign-up that is rolled back used up nothing.
 */
@Component
public class RateLimiter {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RateLimiter(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Counts one event for this key; whether it stays within the limit. */
    public boolean tryAcquire(RateLimit limit, String key) {
        byte[] id = EmailAddresses.sha256(limit.scope() + '\n' + key);
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Integer hits = transaction.execute(status -> {
            jdbc.update("""
                    INSERT INTO rate_limit (limit_key, window_ends_at, hits) VALUES (?, ?, 1)
                    ON DUPLICATE KEY UPDATE hits = IF(window_ends_at <= ?, 1, hits + 1),
                        window_ends_at = IF(window_ends_at <= ?, VALUES(window_ends_at), window_ends_at)""",
                    id, Timestamp.from(now.plus(limit.window())), at, at);
            return jdbc.queryForObject("SELECT hits FROM rate_limit WHERE limit_key = ?", Integer.class, id);
        });
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
