package nl.groepskracht.privacy;

/** What was done with parents' data. */
public enum AuditAction {
    PARTICIPANTS_VIEWED, PARTICIPANTS_EXPORTED, PARTICIPANT_ADDED, PARTICIPANT_PROMOTED, PARTICIPANT_REMOVED, ATTENDANCE_CORRECTED
}
