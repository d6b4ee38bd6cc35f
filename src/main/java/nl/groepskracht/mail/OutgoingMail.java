package nl.groepskracht.mail;

/**
 * An e-mail to send: a readable text and HTML part and, for invites, an iCalendar object with its
 * METHOD (REQUEST or CANCEL), sent as {@code text/calendar} part and as {@code invite.ics}.
 */
public record OutgoingMail(String recipient, String subject, String text, String html, String icsMethod,
        String ics) {

    public static OutgoingMail plain(String recipient, String subject, String text, String html) {
        return new OutgoingMail(recipient, subject, text, html, null, null);
    }

    public boolean hasInvite() {
        return ics != null;
    }
}
