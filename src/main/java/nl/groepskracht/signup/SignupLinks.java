package nl.groepskracht.signup;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.SecureTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The secret links in parents' e-mails: to confirm one sign-up, and to "Mijn aanmeldingen". Only the
 * SHA-256 hash of a link's token is stored, so a database dump opens nothing. Every e-mail that
 * carries a link gets a new one (the token cannot be read back); earlier ones keep working until the
 * parent's data is deleted, personal links for a limited time.
 */
@Component
class SignupLinks {

    enum Kind {
        CONFIRM, PERSONAL
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;
    private final java.time.Duration personalValid;

    SignupLinks(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${groepskracht.privacy.personal-link-valid:120d}")
            java.time.Duration personalValid) {
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
        this.personalValid = personalValid;
    }

    /** A new link for this registration; the token is returned once, to be put in the e-mail. */
    String create(Kind kind, long registrationId) {
        NewLink link = make(kind, registrationId);
        store(List.of(link));
        return link.token();
    }

    /** A link made (its token drawn and hashed) but not stored yet: see {@link #store}. */
    record NewLink(Kind kind, long registrationId, String token, byte[] hash) {
    }

    /** Draws and hashes a token without touching the database (done before a lock is taken). */
    NewLink make(Kind kind, long registrationId) {
        String token = SecureTokens.newToken();
        return new NewLink(kind, registrationId, token, SecureTokens.hash(token));
    }

    /** Stores made links in one statement, however many. */
    void store(List<NewLink> made) {
        if (made.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO signup_link (token_hash, kind, registration_id, created_at) VALUES "
                + String.join(", ", java.util.Collections.nCopies(made.size(), "(?, ?, ?, ?)")),
                made.stream().flatMap(link -> java.util.stream.Stream.of(link.hash(), link.kind().name(),
                        link.registrationId(), now)).toArray());
    }

    /**
     * The registration a token belongs to; empty for a wrong, deleted or malformed token, and for a
     * personal link older than {@code personal-link-valid} (the parent asks a fresh one on /mijn).
     */
    Optional<Long> registrationOf(Kind kind, String token) {
        if (!SecureTokens.looksValid(token)) {
            return Optional.empty();
        }
        byte[] hash = SecureTokens.hash(token);
        Timestamp since = Timestamp.from(kind == Kind.PERSONAL ? clock.instant().minus(personalValid)
                : java.time.Instant.EPOCH);
        List<Long> found = jdbc.query("SELECT token_hash, registration_id FROM signup_link WHERE token_hash = ? "
                + "AND kind = ? AND created_at > ?",
                (row, i) -> MessageDigest.isEqual(row.getBytes(1), hash) ? row.getLong(2) : null,
                hash, kind.name(), since);
        return found.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The parent opened their page with this link: a fresh link asked for later leaves it working. */
    void markOpened(String token) {
        jdbc.update("UPDATE signup_link SET opened_at = ? WHERE token_hash = ? AND opened_at IS NULL",
                Timestamp.from(clock.instant()), SecureTokens.hash(token));
    }

    /** A fresh link replaces the personal links of these registrations that were never opened. */
    void forgetUnopenedPersonal(Collection<Long> registrationIds) {
        if (!registrationIds.isEmpty()) {
            named.update("DELETE FROM signup_link WHERE kind = 'PERSONAL' AND opened_at IS NULL "
                    + "AND registration_id IN (:ids)", java.util.Map.of("ids", registrationIds));
        }
    }

    /** Every link of these registrations stops working. */
    void deleteFor(Collection<Long> registrationIds) {
        if (!registrationIds.isEmpty()) {
            named.update("DELETE FROM signup_link WHERE registration_id IN (:ids)",
                    java.util.Map.of("ids", registrationIds));
        }
    }
}
