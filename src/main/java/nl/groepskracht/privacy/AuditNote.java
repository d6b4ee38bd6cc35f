package nl.groepskracht.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the note written with an audit line means, so the log can say it in words: the modules write
 * short fixed notes ("attendance", "session 12: PRESENT -> ABSENT", "outbox mail 42") or a
 * facilitator's own reason ({@link Kind#TEXT}, shown as written).
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
        /** Something was done to a professional's account: the values are its number and name. */
        ACCOUNT,
        /** Free text, such as the reason a parent was removed. */
        TEXT
    }

    private static final Pattern ATTENDANCE_CHANGE = Pattern.compile("session \\d+: ([A-Z_]+) -> ([A-Z_]+)");
    private static final Pattern MAIL = Pattern.compile("outbox mail (\\d+)");
    private static final Pattern MAILS = Pattern.compile("outbox mails ([\\d, ]*)");
    private static final Pattern ACCOUNT = Pattern.compile("account (\\d+) \\((.*)\\)");

    static AuditNote of(AuditAction action, String detail) {
        if (detail == null) {
            return new AuditNote(Kind.NONE, List.of());
        }
        if ((action == AuditAction.PARTICIPANTS_VIEWED && detail.equals("attendance"))
                || (action == AuditAction.PARTICIPANTS_EXPORTED && detail.equals("attendance matrix"))) {
            return new AuditNote(Kind.ATTENDANCE, List.of());
        }
        Matcher change = ATTENDANCE_CHANGE.matcher(detail);
        if (action == AuditAction.ATTENDANCE_CORRECTED && change.matches()) {
            return new AuditNote(Kind.ATTENDANCE_CHANGE, List.of(change.group(1), change.group(2)));
        }
        Matcher mail = MAIL.matcher(detail);
        if (action == AuditAction.MAIL_CONTENT_VIEWED && mail.matches()) {
            return new AuditNote(Kind.MAIL, List.of(mail.group(1)));
        }
        Matcher mails = MAILS.matcher(detail);
        if (action == AuditAction.MAIL_LIST_SEARCHED && mails.matches()) {
            return new AuditNote(Kind.MAILS, List.of(mails.group(1)));
        }
        Matcher account = ACCOUNT.matcher(detail);
        if (action == AuditAction.SECOND_FACTOR_RESET && account.matches()) {
            return new AuditNote(Kind.ACCOUNT, List.of(account.group(1), account.group(2)));
        }
        return new AuditNote(Kind.TEXT, List.of(detail));
    }
}
