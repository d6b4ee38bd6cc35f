package nl.groepskracht.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Builds the MIME structure calendar clients expect: text and HTML as alternatives with the
 * {@code text/calendar; method=...} part, plus the same object as an {@code invite.ics} attachment.
 */
final class MimeMessages {

    private MimeMessages() {
    }

    static void fill(MimeMessage message, OutgoingMail mail, String from, String fromName)
            throws MessagingException, UnsupportedEncodingException {
        message.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());

        var alternatives = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        var html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        alternatives.addBodyPart(html);
        if (!mail.hasInvite()) {
            message.setContent(alternatives);
            return;
        }
        String calendarType = "text/calendar; method=" + mail.icsMethod() + "; charset=UTF-8";
        var calendar = new MimeBodyPart();
        calendar.setContent(mail.ics(), calendarType);
        calendar.setHeader("Content-Class", "urn:content-classes:calendarmessage");
        alternatives.addBodyPart(calendar);

        var alternativesPart = new MimeBodyPart();
        alternativesPart.setContent(alternatives);
        var attachment = new MimeBodyPart();
        attachment.setContent(mail.ics(), calendarType + "; name=invite.ics");
        attachment.setFileName("invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(alternativesPart);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
    }
}
