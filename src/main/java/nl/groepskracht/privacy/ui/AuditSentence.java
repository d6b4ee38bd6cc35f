package nl.groepskracht.privacy.ui;

import com.vaadin.flow.component.Component;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditNote;

/**
 * One audit line in plain words: "Fatima El Amrani heeft de deelnemerslijst van Samen ouder blijven
 * bekeken", and its note in words too (a facilitator's own reason as written).
 */
final class AuditSentence {

    private AuditSentence() {
    }

    static String what(AuditEntry entry, Component in) {
        String variant = entry.note().kind() == AuditNote.Kind.ATTENDANCE ? ".attendance" : "";
        return in.getTranslation("audit.sentence." + entry.action().name() + variant, who(entry, in),
                group(entry, in));
    }

    static String note(AuditEntry entry, Component in) {
        AuditNote note = entry.note();
        return switch (note.kind()) {
            case NONE, ATTENDANCE -> "";
            case ATTENDANCE_CHANGE -> in.getTranslation("audit.note.attendance",
                    in.getTranslation("attendance.status." + note.values().get(0)),
                    in.getTranslation("attendance.status." + note.values().get(1)));
            case MAIL -> in.getTranslation("audit.note.mail", note.values().getFirst());
            case MAILS -> in.getTranslation("audit.note.mails", note.values().getFirst());
            case ACCOUNT -> in.getTranslation("audit.note.account", note.values().get(0), note.values().get(1));
            case TEXT -> note.values().getFirst();
        };
    }

    private static String who(AuditEntry entry, Component in) {
        if (AuditEntry.NOBODY.equals(entry.actor())) {
            return in.getTranslation("audit.actor.system");
        }
        return entry.actorName() != null ? entry.actorName() : entry.actor();
    }

    private static String group(AuditEntry entry, Component in) {
        if (entry.groupName() != null) {
            return entry.groupName();
        }
        return entry.groupId() == null ? in.getTranslation("audit.group.none")
                : in.getTranslation("audit.group.unknown", String.valueOf(entry.groupId()));
    }
}
