package nl.groepskracht.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The text and HTML of an e-mail, written once: paragraphs, facts with a label ("Waar: …"), a list, a
 * button with its link, a footer. In a right-to-left language the HTML says {@code dir="rtl"}, and values
 * that read left to right whatever the language — phone numbers, e-mail addresses, links — stay so (an
 * isolated {@code dir="ltr"} span; in the plain text Unicode's left-to-right isolate).
 */
public final class MailBody {

    private static final String LTR_ISOLATE = "\u2066";
    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String END_ISOLATE = "\u2069";
    private final Locale language;
    private final boolean rightToLeft;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    private MailBody(Locale language, boolean rightToLeft) {
        this.language = language;
        this.rightToLeft = rightToLeft;
    }

    public static MailBody in(Locale language, boolean rightToLeft) {
        return new MailBody(language, rightToLeft);
    }

    /** A value to show left to right inside a sentence: a phone number, an e-mail address. */
    public String leftToRight(String value) {
        return rightToLeft ? LTR_ISOLATE + value + END_ISOLATE : value;
    }

    /** A name or address from the data inside a sentence: it keeps its own direction (right-to-left mails only). */
    public String isolate(String value) {
        return rightToLeft && value != null ? FIRST_STRONG_ISOLATE + value + END_ISOLATE : value;
    }

    /** A paragraph; line breaks stay. */
    public MailBody paragraph(String paragraph) {
        block(paragraph);
        html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        return this;
    }

    /** A labelled list: "Wanneer:" and one line per item. */
    public MailBody list(String label, List<String> items) {
        var lines = new ArrayList<String>();
        lines.add(label + ":");
        items.forEach(item -> lines.add("- " + item));
        block(String.join("\n", lines));
        html.append("<p><strong>").append(escape(label)).append("</strong></p><ul>");
        items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
        html.append("</ul>");
        return this;
    }

    /** A labelled fact, "Waar: Buurthuis De Dreef"; values made with {@link #leftToRight} keep their direction. */
    public MailBody fact(String label, String value) {
        block(label + ": " + value);
        html.append("<p><strong>").append(escape(label)).append(":</strong> ").append(escape(value)).append("</p>");
        return this;
    }

    /** What the parent can do, as a button (and, in the text, the link under its name). */
    public MailBody button(String action, String link) {
        block(action + ":\n" + link);
        html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\" dir=\"ltr\" style=\"display:inline-block;"
                + "padding:12px 20px;background:#1f6f5c;color:#fff;text-decoration:none;border-radius:6px\">")
                .append(HtmlUtils.htmlEscape(action)).append("</a></p>");
        return this;
    }

    /** A link written out, under a sentence ("Mijn aanmeldingen: https://…"). */
    public MailBody link(String label, String link) {
        block(label + ":\n" + link);
        html.append("<p>").append(escape(label)).append(":<br><a href=\"").append(HtmlUtils.htmlEscape(link))
                .append("\" dir=\"ltr\">").append(HtmlUtils.htmlEscape(link)).append("</a></p>");
        return this;
    }

    public MailBody footer(String footer) {
        block(footer);
        html.append("<p style=\"color:#4a5a60\">").append(escape(footer).replace("\n", "<br>")).append("</p>");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public String html() {
        String direction = rightToLeft ? "rtl" : "ltr";
        return "<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\" dir=\"" + direction + "\"><body dir=\""
                + direction + "\" style=\"font-family:sans-serif\">" + html + "</body></html>";
    }

    /** The mail to send, with an iCalendar part when {@code method} and {@code ics} are given. */
    public OutgoingMail to(String recipient, String subject, String method, String ics) {
        return new OutgoingMail(recipient, subject, text(), html(), method, ics);
    }

    private void block(String block) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(block);
    }

    /** Escapes markup; the isolates of {@link #leftToRight} and {@link #isolate} become spans that keep their direction. */
    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value).replace(LTR_ISOLATE, "<span dir=\"ltr\">")
                .replace(FIRST_STRONG_ISOLATE, "<span dir=\"auto\">").replace(END_ISOLATE, "</span>");
    }
}
