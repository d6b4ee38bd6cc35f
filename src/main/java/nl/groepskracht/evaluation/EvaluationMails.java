package nl.groepskracht.evaluation;

import java.util.Locale;
import nl.groepskracht.base.i18n.ParentLanguages;
import nl.groepskracht.mail.MailBody;
import nl.groepskracht.mail.OutgoingMail;
import nl.groepskracht.signup.ParentContacts.ParentContact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The invitation to evaluate a group and its one reminder, in the parent's language, each with a
 * personal link to the form. The subject is neutral (it shows on lock screens); the outbox masks the
 * link once the mail is sent.
 */
@Component
class EvaluationMails {

    private final MessageSource messages;
    private final ParentLanguages languages;
    private final String publicUrl;

    EvaluationMails(MessageSource messages, ParentLanguages languages,
            @Value("${groepskracht.public-url}") String publicUrl) {
        this.messages = messages;
        this.languages = languages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    OutgoingMail invitation(ParentContact parent, String groupName, String token, int answerWithinDays) {
        return compose(parent, "evaluation.mail.invite", groupName, token, answerWithinDays);
    }

    OutgoingMail reminder(ParentContact parent, String groupName, String token, int answerWithinDays) {
        return compose(parent, "evaluation.mail.remind", groupName, token, answerWithinDays);
    }

    /**
     * The way to "Mijn aanmeldingen" is the page that asks for a link, not a personal link: a link made now
     * would keep the moment of this mail beside the sign-up, which the anonymity of the answers forbids.
     */
    private OutgoingMail compose(ParentContact parent, String key, String groupName, String token, int days) {
        Locale language = languages.of(parent.language());
        String lang = "?lang=" + language.getLanguage();
        MailBody mail = MailBody.in(language, languages.rightToLeft(language));
        String body = messages.getMessage(key + ".body", new Object[] {mail.isolate(parent.name()),
                mail.isolate(groupName), days}, language);
        mail.paragraph(body)
                .button(messages.getMessage("evaluation.mail.action", null, language),
                        publicUrl + "/evaluatie/" + token + lang)
                .link(messages.getMessage("evaluation.mail.mine", null, language), publicUrl + "/mijn" + lang)
                .footer(messages.getMessage("evaluation.mail.footer", null, language));
        // gone from the outbox once sent: who was invited or reminded when must not line up with the answers
        return mail.to(parent.email(), messages.getMessage(key + ".subject", null, language), null, null)
                .forgettingAfterSending();
    }
}
