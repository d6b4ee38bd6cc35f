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
    private static final Pattern ROWS = Pattern.compile("rows (\\d+)");

    /** The note of a change from one value to another, as {@link #of} reads it back. */
    public static String change(Object before, Object after) {
        return before + " -> " + after;
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
            default -> Kind.CHANGE;
        };
    }
}
