package nl.groepskracht.mail;

import java.time.Instant;

/** A line of the administrator's outbox. */
public record OutboxEntry(long id, String recipient, String subject, MailStatus status, int attempts,
        String lastError, String icsMethod, Instant createdAt, Instant sentAt) {

    /** The line as the list shows it: the recipient's address is only its domain ({@code •••@example.nl}). */
    OutboxEntry withRecipientMasked() {
        int at = recipient == null ? -1 : recipient.lastIndexOf('@');
        return new OutboxEntry(id, "\u2022\u2022\u2022" + (at < 0 ? "" : recipient.substring(at)), subject, status,
                attempts, lastError, icsMethod, createdAt, sentAt);
    }
}
