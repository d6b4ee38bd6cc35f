package nl.groepskracht.calendar;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.groepskracht.base.i18n.DateTexts;
import nl.groepskracht.base.i18n.ParentLanguages;
import nl.groepskracht.mail.MailBody;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail around a calendar message: one per invitee per change, saying plainly what changed, in
 * the recipient's language, and for a parent with the link to "Mijn aanmeldingen" (where they can say they
 * cannot come, or sign off). Subjects to parents are neutral (lock screens, shared mailboxes).
 */
@Component
class InviteMails {

    private final MessageSource messages;
    private final DateTexts dates;
    private final ParentLanguages languages;
    private final List<InviteeLinks> links;

    InviteMails(MessageSource messages, DateTexts dates, ParentLanguages languages, List<InviteeLinks> links) {
        this.messages = messages;
        this.dates = dates;
        this.languages = languages;
        this.links = links;
    }

    OutgoingMail compose(CalendarChange change, GroupTimetable group, Invitee recipient, CalendarPart part) {
        Locale language = recipient.language();
        String label = recipient.professional() ? group.name() : text("invite.your-group", language);
        List<SessionInfo> sessions = change.sessions();
        String first = sessions.isEmpty() ? "" : dates.day(sessions.getFirst().start(), language);
        String previous = change.previousStart() == null ? "" : dates.moment(change.previousStart(), language);
        String reason = change.kind() == CalendarChange.Kind.CANCELLED && sessions.getFirst().cancelReason() != null
                ? "\n" + text("invite.cancel-reason", language, sessions.getFirst().cancelReason()) : "";
        String key = "invite.mail." + change.key();
        String subject = text(key + ".subject", language, label,
                change.kind() == CalendarChange.Kind.CHANGED ? previous : first);
        MailBody mail = body(language);
        String body = text(key + ".body", language, mail.isolate(recipient.name()), label,
                lines(sessions, language, mail), sessions.size(), previous, reason);
        return mail(mail, recipient, subject, body, part);
    }

    /** A reminder before one session: no calendar object, the event is already in the calendar. */
    OutgoingMail reminder(SessionInfo session, Invitee recipient) {
        Locale language = recipient.language();
        String when = dates.moment(session.start(), language);
        String subject = text("reminder.mail.subject", language, when);
        MailBody mail = body(language);
        String body = text(recipient.professional() ? "reminder.mail.facilitator.body" : "reminder.mail.body",
                language, mail.isolate(recipient.name()), when, mail.isolate(session.location()));
        return mail(mail, recipient, subject, body, null);
    }

    private MailBody body(Locale language) {
        return MailBody.in(language, languages.rightToLeft(language));
    }

    private OutgoingMail mail(MailBody mail, Invitee recipient, String subject, String body, CalendarPart part) {
        Locale language = recipient.language();
        mail.paragraph(body);
        if (!recipient.professional()) {
            links.stream().flatMap(source -> source.personalPage(recipient).stream()).findFirst()
                    .ifPresent(page -> mail.link(text("invite.mail.mine", language), page));
        }
        mail.footer(text("invite.mail.footer", language));
        return mail.to(recipient.email(), subject, part == null ? null : part.method(), part == null ? null : part.ics());
    }

    /** One line per session: "- dinsdag 1 december 2026, 19:00–20:30 · Buurtcentrum De Dreef". */
    private String lines(List<SessionInfo> sessions, Locale language, MailBody mail) {
        return sessions.stream().map(s -> "- " + dates.session(s.start(), s.end(), language) + " · "
                        + mail.isolate(s.location()))
                .collect(Collectors.joining("\n"));
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
