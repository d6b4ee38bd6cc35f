package nl.groepskracht.mail;

/** The administrator's outbox filters; a null (or blank) field does not filter. */
public record OutboxFilter(MailStatus status, String recipient) {

    public static OutboxFilter none() {
        return new OutboxFilter(null, null);
    }

    String recipientPart() {
        return recipient == null || recipient.isBlank() ? null : recipient.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
