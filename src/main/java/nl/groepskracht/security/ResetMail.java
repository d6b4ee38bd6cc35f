package nl.groepskracht.security;

import java.util.Locale;
import nl.groepskracht.mail.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The e-mail with a "Wachtwoord vergeten" link, in the language the request was made in. */
@Component
class ResetMail {

    private final MessageSource messages;
    private final String publicUrl;

    ResetMail(MessageSource messages, @Value("${groepskracht.public-url}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    OutgoingMail compose(String to, String name, String token, Locale language) {
        String link = publicUrl + "/wachtwoord-herstellen/" + token;
        String subject = text("password.reset.mail.subject", language);
        String body = messages.getMessage("password.reset.mail.body", new Object[] {name}, language);
        String action = text("password.reset.mail.action", language);
        String footer = text("password.reset.mail.footer", language);
        String plain = body + "\n\n" + action + ":\n" + link + "\n\n" + footer;
        String html = "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\">"
                + "<body style=\"font-family:sans-serif\"><p>" + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\" style=\"display:inline-block;padding:12px 20px;"
                + "background:#1f6f5c;color:#fff;text-decoration:none;border-radius:6px\">"
                + HtmlUtils.htmlEscape(action) + "</a></p><p style=\"color:#4a5a60\">"
                + HtmlUtils.htmlEscape(footer).replace("\n", "<br>") + "</p></body></html>";
        return OutgoingMail.plain(to, subject, plain, html);
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
