package nl.groepskracht.calendar;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The e-mail around an invite: a short neutral text (and HTML) in the recipient's language. */
@Component
class InviteMails {

    private final MessageSource messages;

    InviteMails(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingMail compose(SessionInfo session, Invitee recipient, String method, String ics) {
        Locale language = recipient.language();
        String kind = IcsWriter.CANCEL.equals(method) ? "cancel" : session.sequence() == 0 ? "new" : "update";
        String when = session.start().withZoneSameInstant(AppZone.ID)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(language));
        String subject = text("invite.mail." + kind + ".subject", language, when);
        String body = text("invite.mail." + kind + ".body", language, recipient.name(), when, session.location());
        String footer = text("invite.mail.footer", language);
        String plain = body + "\n\n" + footer;
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body><p>"
                + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p><p style=\"color:#4a5a60\">"
                + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        return new OutgoingMail(recipient.email(), subject, plain, html, method, ics);
    }

    /** A reminder the day before: no calendar object, the invite is already in the calendar. */
    OutgoingMail reminder(SessionInfo session, Invitee recipient) {
        Locale language = recipient.language();
        String when = session.start().withZoneSameInstant(AppZone.ID)
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                        .withLocale(language));
        String subject = text("reminder.mail.subject", language, when);
        String body = text("reminder.mail.body", language, recipient.name(), when, session.location());
        String footer = text("invite.mail.footer", language);
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body><p>"
                + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p><p style=\"color:#4a5a60\">"
                + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        return OutgoingMail.plain(recipient.email(), subject, body + "\n\n" + footer, html);
    }

    private String text(String key, Locale language, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
