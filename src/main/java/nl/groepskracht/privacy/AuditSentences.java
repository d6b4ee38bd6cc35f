package nl.groepskracht.privacy;

import java.util.Locale;
import nl.groepskracht.base.AccessRule;
import nl.groepskracht.base.i18n.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One audit line in plain words, the same on the page and in the export: "Fatima El Amrani heeft de
 * deelnemerslijst van Samen ouder blijven (Overvecht, vanaf 1 sep 2025) bekeken", "Mira Jansen heeft de rol
 * van Sanne de Vries gewijzigd", and its note in words too (a person's own reason as written).
 */
@Component
@AccessRule("any caller: puts audit lines it is given into words; reading the lines is guarded in AuditLog")
public class AuditSentences {

    private final MessageSource messages;

    AuditSentences(MessageSource messages) {
        this.messages = messages;
    }

    /** What happened: who, what, in which group or to whose account. */
    public String what(AuditEntry entry, Locale locale) {
        String variant = entry.note().kind() == AuditNote.Kind.ATTENDANCE ? ".attendance"
                : entry.ownAccount() ? ".own" : "";
        return text("audit.sentence." + entry.action().name() + variant, locale, who(entry, locale),
                group(entry, locale), subject(entry));
    }

    /** The note in words, empty when there is none. */
    public String note(AuditEntry entry, Locale locale) {
        AuditNote note = entry.note();
        return switch (note.kind()) {
            case NONE, ATTENDANCE -> "";
            case ATTENDANCE_CHANGE -> text("audit.note.attendance", locale,
                    text("attendance.status." + note.values().get(0), locale),
                    text("attendance.status." + note.values().get(1), locale));
            case ROLE_CHANGE -> text("audit.note.change", locale, text("role." + note.values().get(0), locale),
                    text("role." + note.values().get(1), locale));
            case CHANGE -> text("audit.note.change", locale, note.values().get(0), note.values().get(1));
            case MAIL -> text("audit.note.mail", locale, note.values().getFirst());
            case MAILS -> text("audit.note.mails", locale, note.values().getFirst());
            case SECOND_FACTOR -> text("audit.note.second-factor." + note.values().getFirst(), locale);
            case ORGANISATION_ACCOUNT -> text("audit.note.organisation-account", locale, note.values().getFirst());
            case BY_LINK -> text("audit.note.by-link", locale);
            case ROWS -> text("audit.note.rows", locale, Long.parseLong(note.values().getFirst()));
            case TEXT -> note.values().getFirst();
        };
    }

    /** A group so that two of the same name can be told apart: its name, wijk and first day. */
    public String group(AuditNames.GroupLabel group, Locale locale) {
        if (group.startsOn() == null) {
            return text("audit.group.label.unplanned", locale, group.name(), group.wijk());
        }
        var day = Dates.day(locale);
        return text("audit.group.label", locale, group.name(), group.wijk(), day.format(group.startsOn()));
    }

    /** The person who did it: their name now, their login name when unknown, or the portal itself. */
    public String who(AuditEntry entry, Locale locale) {
        if (AuditEntry.NOBODY.equals(entry.actor())) {
            return text("audit.actor.system", locale);
        }
        return entry.actorName() != null ? entry.actorName() : entry.actor();
    }

    String group(AuditEntry entry, Locale locale) {
        if (entry.group() != null) {
            return group(entry.group(), locale);
        }
        return entry.groupId() == null ? text("audit.group.none", locale)
                : text("audit.group.unknown", locale, String.valueOf(entry.groupId()));
    }

    String subject(AuditEntry entry) {
        if (entry.subjectAccountId() == null) {
            return "";
        }
        return entry.subjectName() != null ? entry.subjectName() : "#" + entry.subjectAccountId();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
