package nl.groepskracht.evaluation;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.SecureTokens;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The invitations and the links in their e-mails. The unique key on the registration is the claim that
 * makes the first e-mail go out exactly once; the reminder is claimed by a conditional update. Only
 * the SHA-256 hash of a link's token is stored. Nothing here records whether or when an answer came
 * beyond the "answered" flag, so no answer can be traced back to its parent.
 */
@Component
class Invitations {

    private static final int PURGE_BATCH = 500;

    /** An invitation as a link finds it. */
    record Invitation(long id, long groupId, long registrationId, Instant invitedAt, boolean answered) {
    }

    private final JdbcTemplate jdbc;

    Invitations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the invitation of this sign-up; empty when it was claimed before (here or on another instance). */
    Optional<Long> claim(long groupId, long registrationId, Instant now) {
        int claimed = jdbc.update("INSERT IGNORE INTO evaluation_invitation (group_id, registration_id, invited_at)"
                + " VALUES (?, ?, ?)", groupId, registrationId, Timestamp.from(now));
        return claimed == 1 ? Optional.of(jdbc.queryForObject(
                "SELECT id FROM evaluation_invitation WHERE registration_id = ?", Long.class, registrationId))
                : Optional.empty();
    }

    /** Claims the one reminder of an invitation that was not answered; false when it went out before. */
    boolean claimReminder(long invitationId, Instant now) {
        return jdbc.update("UPDATE evaluation_invitation SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL"
                + " AND answered = FALSE", Timestamp.from(now), invitationId) == 1;
    }

    /** Invitations sent before {@code before} (but after {@code after}) without an answer or a reminder. */
    List<Invitation> toRemind(Instant before, Instant after) {
        return jdbc.query("SELECT id, group_id, registration_id, invited_at, answered FROM evaluation_invitation"
                + " WHERE answered = FALSE AND reminded_at IS NULL AND invited_at <= ? AND invited_at > ?"
                + " ORDER BY id LIMIT 500", (rs, i) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5)), Timestamp.from(before),
                Timestamp.from(after));
    }

    /** A new link for this invitation; the token is returned once, for the e-mail. */
    String newLink(long invitationId) {
        String token = SecureTokens.newToken();
        jdbc.update("INSERT INTO evaluation_link (token_hash, invitation_id) VALUES (?, ?)", SecureTokens.hash(token),
                invitationId);
        return token;
    }

    /** The invitation behind a link; empty for a malformed, wrong or purged token. */
    Optional<Invitation> byToken(String token) {
        if (!SecureTokens.looksValid(token)) {
            return Optional.empty();
        }
        byte[] hash = SecureTokens.hash(token);
        return jdbc.query("SELECT l.token_hash, i.id, i.group_id, i.registration_id, i.invited_at, i.answered"
                + " FROM evaluation_link l JOIN evaluation_invitation i ON i.id = l.invitation_id WHERE l.token_hash = ?",
                (rs, n) -> MessageDigest.isEqual(rs.getBytes(1), hash) ? new Invitation(rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6)) : null, hash)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Marks the link used, under the row's lock: true for the one request that may store its answers. */
    boolean markAnswered(long invitationId, Instant validSince) {
        // whether the reminder had gone out is forgotten: it would tell the early answers from the late ones
        return jdbc.update("UPDATE evaluation_invitation SET answered = TRUE, reminded_at = NULL WHERE id = ?"
                + " AND answered = FALSE AND invited_at > ?", invitationId, Timestamp.from(validSince)) == 1;
    }

    /** Links of invitations older than their answering time no longer open anything; they go. */
    int purgeLinks(Instant invitedBefore) {
        // found by a plain read, then deleted by invitation: no lock on an invitation row, so a parent's
        // submit (which locks its invitation, then deletes its links) can never wait in a cycle with this
        List<Long> done = jdbc.queryForList("SELECT DISTINCT l.invitation_id FROM evaluation_link l"
                + " JOIN evaluation_invitation i ON i.id = l.invitation_id WHERE i.invited_at <= ? OR i.answered = TRUE",
                Long.class, Timestamp.from(invitedBefore));
        int purged = 0;
        for (int from = 0; from < done.size(); from += PURGE_BATCH) {
            List<Long> batch = done.subList(from, Math.min(done.size(), from + PURGE_BATCH));
            purged += jdbc.update("DELETE FROM evaluation_link WHERE invitation_id IN ("
                    + String.join(",", java.util.Collections.nCopies(batch.size(), "?")) + ")", batch.toArray());
        }
        return purged;
    }
}
