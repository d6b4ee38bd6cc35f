package nl.groepskracht.signup;

import java.util.Locale;
import nl.groepskracht.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mails a parent gets, in their language, each with the personal link to "Mijn aanmeldingen".
 * Subjects are neutral: they show on lock screens and in shared mailboxes.
 */
@Component
class SignupMails {

    private final MessageSource messages;
    private final String publicUrl;

    SignupMails(MessageSource messages, @Value("${groepskracht.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    OutgoingMail confirmLink(Registration registration, String groupName) {
        String link = publicUrl + "/aanmelding/" + registration.getConfirmToken();
        return compose(registration, "signup.mail.confirm", link, groupName, "");
    }

    OutgoingMail confirmed(Registration registration, String groupName) {
        return compose(registration, "signup.mail.confirmed", personalLink(registration), groupName, "");
    }

    OutgoingMail waitlisted(Registration registration, String groupName, int position) {
        return compose(registration, "signup.mail.waitlisted", personalLink(registration), groupName,
                String.valueOf(position));
    }

    OutgoingMail promoted(Registration registration, String groupName) {
        return compose(registration, "signup.mail.promoted", personalLink(registration), groupName, "");
    }

    private String personalLink(Registration registration) {
        return publicUrl + "/mijn/" + registration.getParticipant().getPersonalToken();
    }

    private OutgoingMail compose(Registration registration, String key, String link, String groupName, String extra) {
        Participant parent = registration.getParticipant();
        Locale language = Locale.of(parent.getLanguage());
        String subject = messages.getMessage(key + ".subject", null, language);
        String body = messages.getMessage(key + ".body", new Object[] {parent.getName(), groupName, extra}, language);
        String action = messages.getMessage(key + ".action", null, language);
        String footer = messages.getMessage("signup.mail.footer", null, language);
        String text = body + "\n\n" + action + ":\n" + link + "\n\n" + footer;
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\" style=\"display:inline-block;padding:12px 20px;"
                + "background:#1f6f5c;color:#fff;text-decoration:none;border-radius:6px\">"
                + HtmlUtils.htmlEscape(action) + "</a></p>"
                + "<p style=\"color:#4a5a60\">" + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        return OutgoingMail.plain(parent.getEmail(), subject, text, html);
    }
}
