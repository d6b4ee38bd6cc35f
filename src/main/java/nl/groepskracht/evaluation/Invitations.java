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
 * makes the first e-mail go out exactly once; the reminder moment is claimed by a conditional update.
 * Only the SHA-256 hash of a link's token is stored, with its group and the {@link InvitationKeys key}
 * of its invitation. Whether a parent answered is nowhere: their links are simply gone, and a link row
 * cannot be joined to an invitation without the portal secret — so no answer can be traced to a parent.
 */
@Component
class Invitations {

    /** An invitation as a link finds it. */
    record Invitation(long id, long groupId, long registrationId, Instant invitedAt) {
    }

    private final JdbcTemplate jdbc;
    private final InvitationKeys keys;

    Invitations(JdbcTemplate jdbc, InvitationKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** Claims the invitation of this sign-up; empty when it was claimed before (here or on another instance). */
    Optional<Invitation> claim(long groupId, long registrationId, Instant now) {
        int claimed = jdbc.update("INSERT IGNORE INTO evaluation_invitation (group_id, registration_id, invited_at)"
                + " VALUES (?, ?, ?)", groupId, registrationId, Timestamp.from(now));
        return claimed == 1 ? Optional.of(new Invitation(jdbc.queryForObject(
                "SELECT id FROM evaluation_invitation WHERE registration_id = ?", Long.class, registrationId),
                groupId, registrationId, now)) : Optional.empty();
    }

    /** Claims the one reminder moment of an invitation; false when it was handled before. */
    boolean claimReminder(long invitationId) {
        return jdbc.update("UPDATE evaluation_invitation SET reminder_handled = TRUE WHERE id = ?"
                + " AND reminder_handled = FALSE", invitationId) == 1;
    }

    /** Invitations sent before {@code before} (but after {@code after}) whose reminder moment is still to come. */
    List<Invitation> toRemind(Instant before, Instant after) {
        return jdbc.query("SELECT id, group_id, registration_id, invited_at FROM evaluation_invitation"
                + " WHERE reminder_handled = FALSE AND invited_at <= ? AND invited_at > ? ORDER BY id LIMIT 500",
                (rs, i) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()),
                Timestamp.from(before), Timestamp.from(after));
    }

    /**
     * Whether the parent can still answer (a link of theirs is left), locking those links: a submit at the
     * same moment waits, so a reminder's new link never outlives an answer.
     */
    boolean stillOpen(Invitation invitation) {
        return !jdbc.queryForList("SELECT token_hash FROM evaluation_link WHERE invitation_key = ? FOR UPDATE",
                byte[].class, keys.of(invitation.id())).isEmpty();
    }

    /** A new link for this invitation; the token is returned once, for the e-mail. */
    String newLink(Invitation invitation) {
        String token = SecureTokens.newToken();
        jdbc.update("INSERT INTO evaluation_link (token_hash, group_id, invitation_key) VALUES (?, ?, ?)",
                SecureTokens.hash(token), invitation.groupId(), keys.of(invitation.id()));
        return token;
    }

    /** The invitation behind a link (found among its group's by key); empty for a malformed, wrong or used token. */
    Optional<Invitation> byToken(String token) {
        if (!SecureTokens.looksValid(token)) {
            return Optional.empty();
        }
        byte[] hash = SecureTokens.hash(token);
        return jdbc.query("SELECT token_hash, group_id, invitation_key FROM evaluation_link WHERE token_hash = ?",
                (rs, n) -> MessageDigest.isEqual(rs.getBytes(1), hash) ? ofGroup(rs.getLong(2), rs.getBytes(3)) : null,
                hash).stream().flatMap(Optional::stream).findFirst();
    }

    /** Deletes every link of the invitation: true for the one request that may store its answers. */
    boolean useUp(Invitation invitation) {
        return jdbc.update("DELETE FROM evaluation_link WHERE invitation_key = ?", keys.of(invitation.id())) > 0;
    }

    /** Links of groups whose every invitation is older than the answering time open nothing any more; they go. */
    int purgeLinks(Instant invitedBefore) {
        return jdbc.update("DELETE FROM evaluation_link WHERE group_id IN (SELECT group_id FROM evaluation_invitation"
                + " GROUP BY group_id HAVING MAX(invited_at) <= ?)", Timestamp.from(invitedBefore));
    }

    private Optional<Invitation> ofGroup(long groupId, byte[] key) {
        return jdbc.query("SELECT id, registration_id, invited_at FROM evaluation_invitation WHERE group_id = ?",
                (rs, i) -> new Invitation(rs.getLong(1), groupId, rs.getLong(2), rs.getTimestamp(3).toInstant()),
                groupId).stream().filter(i -> MessageDigest.isEqual(keys.of(i.id()), key)).findFirst();
    }
}
