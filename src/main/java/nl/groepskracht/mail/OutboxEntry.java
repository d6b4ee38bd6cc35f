package nl.groepskracht.mail;

import java.time.Instant;

/** A line of the administrator's outbox. */
public record OutboxEntry(long id, String recipient, String subject, MailStatus status, int attempts,
        String lastError, String icsMethod, Instant createdAt, Instant sentAt) {
}
