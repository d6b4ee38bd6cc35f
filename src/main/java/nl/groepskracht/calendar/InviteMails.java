package nl.groepskracht.calendar;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail around a calendar message: one per invitee per change, saying plainly what changed, in
 * the recipient's language. Subjects to parents are neutral (lock screens, shared mailboxes).
 */
@Component
class InviteMails {

    private final MessageSource messages;

    InviteMails(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingMail compose(CalendarChange change, GroupTimetable group, Invitee recipient, CalendarPart part) {
        Locale language = recipient.language();
        String label = recipient.professional() ? group.name() : text("invite.your-group", language);
        List<SessionInfo> sessions = change.sessions();
        String first = sessions.isEmpty() ? "" : date(sessions.getFirst(), language);
        String previous = change.previousStart() == null ? ""
                : change.previousStart().withZoneSameInstant(AppZone.ID).format(whenFormat(language));
        String reason = change.kind() == CalendarChange.Kind.CANCELLED && sessions.getFirst().cancelReason() != null
                ? "\n" + text("invite.cancel-reason", language, sessions.getFirst().cancelReason()) : "";
        String key = "invite.mail." + change.key();
        String subject = text(key + ".subject", language, label,
                change.kind() == CalendarChange.Kind.CHANGED ? previous : first);
        String body = text(key + ".body", language, recipient.name(), label, lines(sessions, language),
                sessions.size(), previous, reason);
        return mail(recipient, subject, body, part);
    }

    /** A reminder before one session: no calendar object, the event is already in the calendar. */
    OutgoingMail reminder(SessionInfo session, Invitee recipient) {
        Locale language = recipient.language();
        String when = session.start().withZoneSameInstant(AppZone.ID).format(whenFormat(language));
        String subject = text("reminder.mail.subject", language, when);
        String body = text("reminder.mail.body", language, recipient.name(), when, session.location());
        return mail(recipient, subject, body, null);
    }

    private OutgoingMail mail(Invitee recipient, String subject, String body, CalendarPart part) {
        Locale language = recipient.language();
        String footer = text("invite.mail.footer", language);
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body><p>"
                + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p><p style=\"color:#4a5a60\">"
                + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        return new OutgoingMail(recipient.email(), subject, body + "\n\n" + footer, html,
                part == null ? null : part.method(), part == null ? null : part.ics());
    }

    /** One line per session: "- dinsdag 1 december 2026 19:00–20:30, Buurtcentrum De Dreef". */
    private static String lines(List<SessionInfo> sessions, Locale language) {
        return sessions.stream().map(s -> "- " + s.start().withZoneSameInstant(AppZone.ID)
                .format(whenFormat(language)) + "–" + s.end().withZoneSameInstant(AppZone.ID).toLocalTime()
                + ", " + s.location()).collect(Collectors.joining("\n"));
    }

    private static String date(SessionInfo session, Locale language) {
        return session.start().withZoneSameInstant(AppZone.ID)
                .format(nl.groepskracht.base.i18n.Dates.day(language));
    }

    private static DateTimeFormatter whenFormat(Locale language) {
        return DateTimeFormatter.ofPattern(language.getLanguage().equals("nl") ? "EEEE d MMMM yyyy HH:mm"
                : "EEEE d MMMM yyyy, HH:mm", language);
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
