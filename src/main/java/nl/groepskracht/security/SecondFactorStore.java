package nl.groepskracht.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import nl.groepskracht.base.EmailAddresses;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The stored second factors: a professional's TOTP key (encrypted by the caller), the last time step a
 * code was used for, from when remembered devices count, and the hashes of the recovery codes.
 */
@Component
class SecondFactorStore {

    /** A second factor as stored; {@code secret} still encrypted. */
    record Stored(String encryptedSecret, Instant enrolledAt, Instant devicesValidFrom, long lastStep) {
    }

    private final JdbcTemplate jdbc;

    SecondFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(long accountId) {
        return jdbc.query("SELECT secret_encrypted, enrolled_at, devices_valid_from, last_step FROM second_factor"
                + " WHERE account_id = ?", (rs, i) -> new Stored(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4)), accountId).stream().findFirst();
    }

    boolean exists(long accountId) {
        return find(accountId).isPresent();
    }

    /** Sets the factor up (again): a new key, new recovery codes, and no earlier device counts any more. */
    void enrol(long accountId, String encryptedSecret, long usedStep, Collection<String> recoveryCodes, Instant now) {
        remove(accountId);
        jdbc.update("INSERT INTO second_factor (account_id, secret_encrypted, enrolled_at, devices_valid_from,"
                + " last_step) VALUES (?, ?, ?, ?, ?)", accountId, encryptedSecret, Timestamp.from(now),
                Timestamp.from(now), usedStep);
        replaceRecoveryCodes(accountId, recoveryCodes);
    }

    /** Claims a time step: true only for the first request with a code of that step (a code works once). */
    boolean claimStep(long accountId, long step) {
        return jdbc.update("UPDATE second_factor SET last_step = ? WHERE account_id = ? AND last_step < ?", step,
                accountId, step) == 1;
    }

    /** Uses up a recovery code: true only when it was one of the account's unused codes. */
    boolean useRecoveryCode(long accountId, String code) {
        return jdbc.update("DELETE FROM second_factor_recovery WHERE account_id = ? AND code_hash = ?", accountId,
                hash(code)) == 1;
    }

    int recoveryCodesLeft(long accountId) {
        Integer left = jdbc.queryForObject("SELECT COUNT(*) FROM second_factor_recovery WHERE account_id = ?",
                Integer.class, accountId);
        return left == null ? 0 : left;
    }

    void replaceRecoveryCodes(long accountId, Collection<String> codes) {
        jdbc.update("DELETE FROM second_factor_recovery WHERE account_id = ?", accountId);
        codes.forEach(code -> jdbc.update("INSERT INTO second_factor_recovery (account_id, code_hash) VALUES (?, ?)",
                accountId, hash(code)));
    }

    /** Devices remembered before now no longer spare the code. */
    void forgetDevices(long accountId, Instant now) {
        jdbc.update("UPDATE second_factor SET devices_valid_from = ? WHERE account_id = ?", Timestamp.from(now),
                accountId);
    }

    /** The factor and its recovery codes are gone: the professional sets it up again. */
    void remove(long accountId) {
        jdbc.update("DELETE FROM second_factor_recovery WHERE account_id = ?", accountId);
        jdbc.update("DELETE FROM second_factor WHERE account_id = ?", accountId);
    }

    /** Codes are compared without case, spaces and dashes, as people type them. */
    static byte[] hash(String code) {
        return EmailAddresses.sha256("recovery:" + normalise(code));
    }

    static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
