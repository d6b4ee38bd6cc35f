package nl.groepskracht.signup;

import java.util.Locale;
import nl.groepskracht.calendar.CalendarPart;
import nl.groepskracht.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mails a parent gets, in their language, each with the personal link to "Mijn aanmeldingen".
 * One action is one e-mail: a place comes with the group's sessions for the calendar, signing off
 * with their cancellation. Subjects are neutral: they show on lock screens and in shared mailboxes.
 */
@Component
class SignupMails {

    private final MessageSource messages;
    private final SignupLinks links;
    private final String publicUrl;

    SignupMails(MessageSource messages, SignupLinks links, @Value("${groepskracht.public-url}") String publicUrl) {
        this.messages = messages;
        this.links = links;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    OutgoingMail confirmLink(Registration registration, String groupName) {
        String link = publicUrl + "/aanmelding/" + links.create(SignupLinks.Kind.CONFIRM, registration.getId());
        return compose(registration, "signup.mail.confirm", link, groupName, null);
    }

    /** "U bent aangemeld" — or, signed up by a facilitator, "<facilitator> heeft u aangemeld". */
    OutgoingMail confirmed(Registration registration, String groupName, CalendarPart sessions) {
        return registration.isByFacilitator()
                ? compose(registration, "signup.mail.added", personalLink(registration), groupName, sessions,
                        registration.getConsentBy())
                : compose(registration, "signup.mail.confirmed", personalLink(registration), groupName, sessions);
    }

    OutgoingMail waitlisted(Registration registration, String groupName, int position) {
        return registration.isByFacilitator()
                ? compose(registration, "signup.mail.added-waitlisted", personalLink(registration), groupName, null,
                        registration.getConsentBy(), position)
                : compose(registration, "signup.mail.waitlisted", personalLink(registration), groupName, null,
                        position);
    }

    OutgoingMail promoted(Registration registration, String groupName, CalendarPart sessions) {
        return compose(registration, "signup.mail.promoted", personalLink(registration), groupName, sessions);
    }

    /** A fresh link to "Mijn aanmeldingen", asked for on /mijn. */
    OutgoingMail freshLink(Registration registration, String groupName) {
        return compose(registration, "signup.mail.fresh-link", personalLink(registration), groupName, null);
    }

    /** The parent signed off (or a facilitator took them off): the group goes on without them. */
    OutgoingMail left(Registration registration, String groupName, Leaving why, CalendarPart cancellation) {
        if (why == Leaving.DATA_DELETED) {
            // no link (it no longer works), and the outbox forgets the mail once it is sent
            OutgoingMail last = compose(registration, "signup.mail." + why.key(), null, groupName, cancellation);
            return last == null ? null : last.forgettingAfterSending();
        }
        return compose(registration, "signup.mail." + why.key(), personalLink(registration), groupName, cancellation);
    }

    private String personalLink(Registration registration) {
        return registration.getParticipant().getEmail() == null ? null
                : publicUrl + "/mijn/" + links.create(SignupLinks.Kind.PERSONAL, registration.getId());
    }

    /** Null for a parent without an e-mail address (signed up by phone): they get no e-mail. */
    private OutgoingMail compose(Registration registration, String key, String link, String groupName,
            CalendarPart calendar, Object... extras) {
        Participant parent = registration.getParticipant();
        if (parent.getEmail() == null) {
            return null;
        }
        Locale language = Locale.of(parent.getLanguage());
        String subject = messages.getMessage(key + ".subject", null, language);
        Object[] args = new Object[2 + extras.length];
        args[0] = parent.getName();
        args[1] = groupName;
        System.arraycopy(extras, 0, args, 2, extras.length);
        String body = messages.getMessage(key + ".body", args, language);
        String footer = messages.getMessage("signup.mail.footer", null, language);
        String text = body + "\n\n" + footer;
        String button = "";
        if (link != null) {
            String action = messages.getMessage(key + ".action", null, language);
            text = body + "\n\n" + action + ":\n" + link + "\n\n" + footer;
            button = "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\" style=\"display:inline-block;padding:12px 20px;"
                    + "background:#1f6f5c;color:#fff;text-decoration:none;border-radius:6px\">"
                    + HtmlUtils.htmlEscape(action) + "</a></p>";
        }
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p>" + button
                + "<p style=\"color:#4a5a60\">" + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        return new OutgoingMail(parent.getEmail(), subject, text, html, calendar == null ? null : calendar.method(),
                calendar == null ? null : calendar.ics());
    }
}
