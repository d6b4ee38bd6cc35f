package nl.groepskracht.privacy;

/** What was done with parents' data, with a professional's account, or with the log itself. */
public enum AuditAction {
    PARTICIPANTS_VIEWED, PARTICIPANTS_EXPORTED, PARTICIPANT_ADDED, PARTICIPANT_PROMOTED, PARTICIPANT_REMOVED,
    ATTENDANCE_CORRECTED, MAIL_CONTENT_VIEWED,
    /** The outbox list was searched by (part of) a recipient's address: the note names the mails found. */
    MAIL_LIST_SEARCHED,
    /* changes to a professional's account: the line names to whom (the subject account) */
    ACCOUNT_CREATED, ACCOUNT_DEACTIVATED, ACCOUNT_ACTIVATED, ACCOUNT_ROLE_CHANGED, ACCOUNT_EMAIL_CHANGED,
    /** An administrator made a new password for someone. */
    ACCOUNT_PASSWORD_RESET,
    /** The owner chose a new password (changed it, or through the e-mailed link). */
    ACCOUNT_PASSWORD_CHANGED,
    /** Two-factor sign-in enrolled, reset or removed (the note says which). */
    ACCOUNT_SECOND_FACTOR_CHANGED,
    /** Another way of signing in linked or unlinked, such as the organisation's account (the note says which). */
    ACCOUNT_SIGN_IN_METHOD_CHANGED,
    /** The audit log itself was exported for an inquiry. */
    AUDIT_LOG_EXPORTED;

    /** A change to a professional's account (the line has a subject account). */
    public boolean aboutAccount() {
        return name().startsWith("ACCOUNT_");
    }
}
