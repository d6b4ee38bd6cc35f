package nl.groepskracht.security;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import nl.groepskracht.base.SecureTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The links of "Wachtwoord vergeten": 32 random bytes, of which only the SHA-256 hash is stored (a
 * database dump opens no account), valid for an hour and once.
 */
@Component
class ResetLinks {

    static final Duration VALID_FOR = Duration.ofHours(1);
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ResetLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new link for this account; the token is returned once, to be put in the e-mail. */
    String create(long accountId) {
        String token = SecureTokens.newToken();
        jdbc.update("INSERT INTO password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                SecureTokens.hash(token), accountId, Timestamp.from(clock.instant()),
                Timestamp.from(clock.instant().plus(VALID_FOR)));
        return token;
    }

    /** Links sent to this account in the last hour and not used yet. */
    int sentWithinTheHour(long accountId) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM password_reset WHERE account_id = ? AND created_at > ?", Integer.class,
                accountId, Timestamp.from(clock.instant().minus(VALID_FOR)));
        return count == null ? 0 : count;
    }

    /** The account of a link that still works; empty for a wrong, used, expired or malformed token. */
    Optional<Long> accountOf(String token) {
        if (!SecureTokens.looksValid(token)) {
            return Optional.empty();
        }
        byte[] hash = SecureTokens.hash(token);
        return jdbc.query("SELECT token_hash, account_id FROM password_reset WHERE token_hash = ? AND expires_at > ?",
                (row, i) -> MessageDigest.isEqual(row.getBytes(1), hash) ? row.getLong(2) : null, hash,
                Timestamp.from(clock.instant())).stream().filter(Objects::nonNull).findFirst();
    }

    /** Uses the link up; false when another request used it first (only one of two parallel uses wins). */
    boolean useUp(String token) {
        return jdbc.update("DELETE FROM password_reset WHERE token_hash = ?", SecureTokens.hash(token)) == 1;
    }

    /** The account has a new password: every link sent to it stops working. */
    void forget(long accountId) {
        jdbc.update("DELETE FROM password_reset WHERE account_id = ?", accountId);
    }

    void deleteExpired() {
        jdbc.update("DELETE FROM password_reset WHERE expires_at <= ?", Timestamp.from(clock.instant()));
    }
}
