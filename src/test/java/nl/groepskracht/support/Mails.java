package nl.groepskracht.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads what GreenMail received: recipients and calendar parts. */
public final class Mails {

    private Mails() {
    }

    public record CalendarPart(String contentType, String fileName, String ics) {
    }

    /** What the server received once delivery has settled (GreenMail stores messages asynchronously). */
    public static MimeMessage[] settled(com.icegreen.greenmail.junit5.GreenMailExtension smtp) {
        int last = -1;
        MimeMessage[] received = smtp.getReceivedMessages();
        for (int i = 0; i < 20 && received.length != last; i++) {
            last = received.length;
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            received = smtp.getReceivedMessages();
        }
        return received;
    }

    public static List<MimeMessage> to(MimeMessage[] received, String recipient) {
        return Arrays.stream(received).filter(m -> recipientOf(m).equalsIgnoreCase(recipient)).toList();
    }

    public static String recipientOf(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<CalendarPart> calendarParts(MimeMessage message) {
        try {
            List<CalendarPart> parts = new ArrayList<>();
            collect(message, parts);
            return parts;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, List<CalendarPart> into) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, into);
            }
        } else if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
            var bytes = new ByteArrayOutputStream();
            part.getInputStream().transferTo(bytes);
            into.add(new CalendarPart(part.getContentType(), part.getFileName(),
                    bytes.toString(StandardCharsets.UTF_8)));
        }
    }

    /** The plain-text part of a mail (what a parent reads without HTML). */
    public static String text(MimeMessage message) {
        try {
            return plain(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = plain(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The VEVENT part of an iCalendar text (event properties, not those of the VTIMEZONE). */
    public static String event(String ics) {
        return ics.substring(ics.indexOf("BEGIN:VEVENT"));
    }

    /** The value of a property line such as {@code UID:...} (first occurrence, unfolded). */
    public static String property(String ics, String name) {
        String unfolded = ics.replace("\r\n ", "").replace("\n ", "");
        return unfolded.lines().filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1)).orElse(null);
    }

    public static String line(String ics, String name) {
        String unfolded = ics.replace("\r\n ", "").replace("\n ", "");
        return unfolded.lines().filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
                .findFirst().orElse(null);
    }
}
