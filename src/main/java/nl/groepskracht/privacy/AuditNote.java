package nl.groepskracht.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the note written with an audit line means, so the log can say it in words: the modules write
 * short fixed notes ("attendance", "session 12: PRESENT -> ABSENT", "outbox mail 42", "FACILITATOR ->
 * ADVISEUR") or a person's own words ({@link Kind#TEXT}, shown as written).
 */
public record AuditNote(Kind kind, List<String> values) {

    public enum Kind {
        /** No note. */
        NONE,
        /** The list read or exported was the attendance sheet or the attendance overview. */
        ATTENDANCE,
        /** A parent's attendance changed: values are the status before and after. */
        ATTENDANCE_CHANGE,
        /** An outgoing mail was opened: the value is its number. */
        MAIL,
        /** The outbox was searched by recipient: the values are the numbers of the mails found. */
        MAILS,
        /** A second factor set up, reset or switched off: the value is a {@link SecondFactorChange}. */
        SECOND_FACTOR,
        /** An organisation account linked: the value is the organisation's sign-in (its registration id). */
        ORGANISATION_ACCOUNT,
        /** An account's role changed: values are the role before and after. */
        ROLE_CHANGE,
        /** Something else changed from one value to another (an e-mail address): shown as written. */
        CHANGE,
        /** The owner chose a new password through the link mailed by "Wachtwoord vergeten". */
        BY_LINK,
        /** The audit log was exported: the value is the number of lines. */
        ROWS,
        /** Free text, such as the reason a parent was removed. */
        TEXT
    }

    /** The note of a password chosen through the mailed link. */
    public static final String BY_LINK_NOTE = "by e-mailed link";
    private static final Pattern CHANGE = Pattern.compile("(.+) -> (.+)");
    private static final Pattern ATTENDANCE_CHANGE = Pattern.compile("session \\d+: ([A-Z_]+) -> ([A-Z_]+)");
    private static final Pattern MAIL = Pattern.compile("outbox mail (\\d+)");
    private static final Pattern MAILS = Pattern.compile("outbox mails ([\\d, ]*)");
    private static final Pattern ROWS = Pattern.compile("rows (\\d+)");
    private static final Pattern SECOND_FACTOR = Pattern.compile("second factor (ENROLLED|RESET|REMOVED)");
    private static final Pattern ORGANISATION_ACCOUNT = Pattern.compile("organisation account (\\S+) linked");

    /** What happened to a second factor. */
    public enum SecondFactorChange {
        /** The owner set it up (or set it up again). */
        ENROLLED,
        /** An administrator reset it: the owner sets it up at the next sign-in. */
        RESET,
        /** The owner switched it off (where the role allows). */
        REMOVED
    }

    /** The note of a change from one value to another, as {@link #of} reads it back. */
    public static String change(Object before, Object after) {
        return before + " -> " + after;
    }

    /** The note of a second factor's change, as {@link #of} reads it back. */
    public static String secondFactor(SecondFactorChange change) {
        return "second factor " + change.name();
    }

    /** The note of an organisation account linked at its first sign-in, as {@link #of} reads it back. */
    public static String organisationAccountLinked(String registrationId) {
        return "organisation account " + registrationId + " linked";
    }

    static AuditNote of(AuditAction action, String detail) {
        if (detail == null) {
            return new AuditNote(Kind.NONE, List.of());
        }
        if ((action == AuditAction.PARTICIPANTS_VIEWED && detail.equals("attendance"))
                || (action == AuditAction.PARTICIPANTS_EXPORTED && detail.equals("attendance matrix"))) {
            return new AuditNote(Kind.ATTENDANCE, List.of());
        }
        if (action == AuditAction.ACCOUNT_PASSWORD_CHANGED && detail.equals(BY_LINK_NOTE)) {
            return new AuditNote(Kind.BY_LINK, List.of());
        }
        Matcher matcher = matching(action, detail);
        return matcher == null ? new AuditNote(Kind.TEXT, List.of(detail))
                : new AuditNote(kindOf(action), java.util.stream.IntStream.rangeClosed(1, matcher.groupCount())
                        .mapToObj(matcher::group).toList());
    }

    private static Matcher matching(AuditAction action, String detail) {
        Pattern pattern = switch (action) {
            case ATTENDANCE_CORRECTED -> ATTENDANCE_CHANGE;
            case MAIL_CONTENT_VIEWED -> MAIL;
            case ACCOUNT_ROLE_CHANGED, ACCOUNT_EMAIL_CHANGED -> CHANGE;
            case AUDIT_LOG_EXPORTED -> ROWS;
            case MAIL_LIST_SEARCHED -> MAILS;
            case ACCOUNT_SECOND_FACTOR_CHANGED -> SECOND_FACTOR;
            case ACCOUNT_SIGN_IN_METHOD_CHANGED -> ORGANISATION_ACCOUNT;
            default -> null;
        };
        Matcher matcher = pattern == null ? null : pattern.matcher(detail);
        return matcher != null && matcher.matches() ? matcher : null;
    }

    private static Kind kindOf(AuditAction action) {
        return switch (action) {
            case ATTENDANCE_CORRECTED -> Kind.ATTENDANCE_CHANGE;
            case MAIL_CONTENT_VIEWED -> Kind.MAIL;
            case ACCOUNT_ROLE_CHANGED -> Kind.ROLE_CHANGE;
            case AUDIT_LOG_EXPORTED -> Kind.ROWS;
            case MAIL_LIST_SEARCHED -> Kind.MAILS;
            case ACCOUNT_SECOND_FACTOR_CHANGED -> Kind.SECOND_FACTOR;
            case ACCOUNT_SIGN_IN_METHOD_CHANGED -> Kind.ORGANISATION_ACCOUNT;
            default -> Kind.CHANGE;
        };
    }
}
