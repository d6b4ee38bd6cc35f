package nl.groepskracht.mail;

/**
 * An e-mail to send: a readable text and HTML part and, for invites, an iCalendar object with its
 * METHOD (REQUEST or CANCEL), sent as {@code text/calendar} part and as {@code invite.ics}. A mail
 * to someone who asked to be forgotten is deleted from the outbox as soon as it is sent.
 */
public record OutgoingMail(String recipient, String subject, String text, String html, String icsMethod,
        String ics, boolean forgetAfterSending) {

    public OutgoingMail(String recipient, String subject, String text, String html, String icsMethod, String ics) {
        this(recipient, subject, text, html, icsMethod, ics, false);
    }

    public static OutgoingMail plain(String recipient, String subject, String text, String html) {
        return new OutgoingMail(recipient, subject, text, html, null, null);
    }

    /** The same mail with an iCalendar object (written apart from its text); none leaves it as it is. */
    public OutgoingMail withCalendar(String method, String calendar) {
        return calendar == null ? this : new OutgoingMail(recipient, subject, text, html, method, calendar,
                forgetAfterSending);
    }

    public OutgoingMail forgettingAfterSending() {
        return new OutgoingMail(recipient, subject, text, html, icsMethod, ics, true);
    }

    public boolean hasInvite() {
        return ics != null;
    }
}
