package nl.groepskracht.privacy;

import java.time.Instant;

/**
 * One line of the audit log. {@code actor} is the login name and {@code groupId} the group as stored;
 * {@code actorName} and {@code groupName} are their names now, null when unknown (see {@link AuditNames}).
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, Long groupId, Long registrationId,
        String detail, String actorName, String groupName) {

    /** The actor of lines written without a signed-in person (a background job). */
    public static final String NOBODY = "anonymous";

    /** The note with this line, interpreted. */
    public AuditNote note() {
        return AuditNote.of(action, detail);
    }
}
