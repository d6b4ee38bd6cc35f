package nl.groepskracht.privacy;

import java.time.Instant;

/**
 * One line of the audit log. {@code actor} is the login name and {@code groupId} the group as stored;
 * {@code actorName}, {@code group} and {@code subjectName} (to whom, for a change to an account) are
 * their names now, null when unknown (see {@link AuditNames}).
 */
public record AuditEntry(long id, Instant at, String actor, Long actorAccountId, AuditAction action, Long groupId,
        Long registrationId, Long subjectAccountId, String detail, String actorName, AuditNames.GroupLabel group,
        String subjectName) {

    /** The actor of lines written without a signed-in person (a background job). */
    public static final String NOBODY = "anonymous";

    /** The note with this line, interpreted. */
    public AuditNote note() {
        return AuditNote.of(action, detail);
    }

    /** Someone changed their own account (their own password). */
    public boolean ownAccount() {
        return subjectAccountId != null && subjectAccountId.equals(actorAccountId);
    }
}
