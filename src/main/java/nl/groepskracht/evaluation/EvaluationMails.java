package nl.groepskracht.evaluation;

import java.util.Locale;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.signup.ParentContacts.ParentContact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The invitation to evaluate a group and its one reminder, in the parent's language, each with a
 * personal link to the form. The subject is neutral (it shows on lock screens); the outbox masks the
 * link once the mail is sent.
 */
@Component
class EvaluationMails {

    private final MessageSource messages;
    private final String publicUrl;

    EvaluationMails(MessageSource messages, @Value("${groepskracht.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    OutgoingMail invitation(ParentContact parent, String groupName, String token, int answerWithinDays) {
        return compose(parent, "evaluation.mail.invite", groupName, token, answerWithinDays);
    }

    OutgoingMail reminder(ParentContact parent, String groupName, String token, int answerWithinDays) {
        return compose(parent, "evaluation.mail.remind", groupName, token, answerWithinDays);
    }

    private OutgoingMail compose(ParentContact parent, String key, String groupName, String token, int days) {
        Locale language = Locale.of(parent.language());
        String link = publicUrl + "/evaluatie/" + token + "?lang=" + language.getLanguage();
        String body = messages.getMessage(key + ".body", new Object[] {parent.name(), groupName, days}, language);
        String action = messages.getMessage("evaluation.mail.action", null, language);
        String footer = messages.getMessage("evaluation.mail.footer", null, language);
        String text = body + "\n\n" + action + ":\n" + link + "\n\n" + footer;
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + "<p>" + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p><p><a href=\""
                + HtmlUtils.htmlEscape(link) + "\" style=\"display:inline-block;padding:12px 20px;background:#1f6f5c;"
                + "color:#fff;text-decoration:none;border-radius:6px\">" + HtmlUtils.htmlEscape(action) + "</a></p>"
                + "<p style=\"color:#4a5a60\">" + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        // gone from the outbox once sent: who was invited or reminded when must not line up with the answers
        return OutgoingMail.plain(parent.email(), messages.getMessage(key + ".subject", null, language), text, html)
                .forgettingAfterSending();
    }
}
