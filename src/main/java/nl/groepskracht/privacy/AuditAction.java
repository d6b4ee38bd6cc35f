package nl.groepskracht.privacy;

/** What was done with parents' data. */
public enum AuditAction {
    PARTICIPANTS_VIEWED, PARTICIPANTS_EXPORTED, PARTICIPANT_ADDED, PARTICIPANT_PROMOTED, PARTICIPANT_REMOVED,
    ATTENDANCE_CORRECTED, MAIL_CONTENT_VIEWED,
    /** The outbox list was searched by (part of) a recipient's address: the note names the mails found. */
    MAIL_LIST_SEARCHED,
    /** An administrator reset a professional's second factor: the note names the account. */
    SECOND_FACTOR_RESET
}
