package nl.groepskracht.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;

@Entity
@Table(name = "outbox_mail")
class OutboxMail extends AbstractEntity {

    static final int MAX_ATTEMPTS = 8;

    private String recipient;
    private String subject;
    @Column(name = "body_text")
    private String bodyText;
    @Column(name = "body_html")
    private String bodyHtml;
    @Column(name = "ics_method")
    private String icsMethod;
    private String ics;
    @Enumerated(EnumType.STRING)
    private MailStatus status = MailStatus.PENDING;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "forget_after_sending")
    private boolean forgetAfterSending;

    protected OutboxMail() {
    }

    OutboxMail(OutgoingMail mail, Instant now) {
        recipient = mail.recipient();
        subject = mail.subject();
        bodyText = mail.text();
        bodyHtml = mail.html();
        icsMethod = mail.icsMethod();
        ics = mail.ics();
        forgetAfterSending = mail.forgetAfterSending();
        createdAt = now;
        nextAttemptAt = now;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(recipient, subject, bodyText, bodyHtml, icsMethod, ics);
    }

    /** Handed to the SMTP server now; if nothing is heard back before the lease ends, it is not sent again. */
    void sending(Instant now, Duration lease) {
        status = MailStatus.SENDING;
        attempts++;
        leaseUntil = now.plus(lease);
    }

    /** Sent: the secret links in it have done their work and are masked in what is kept. */
    void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
        bodyText = SecretLinks.mask(bodyText);
        bodyHtml = SecretLinks.mask(bodyHtml);
    }

    boolean isForgottenOnceFinished() {
        return forgetAfterSending && (status == MailStatus.SENT || status == MailStatus.FAILED);
    }

    /** Waits longer after every failure (1, 2, 4 … minutes, at most an hour), then gives up. */
    void failed(String error, Instant now) {
        status = MailStatus.PENDING;
        leaseUntil = null;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
            // given up: its links are of no use any more (sending it again makes new ones)
            bodyText = SecretLinks.mask(bodyText);
            bodyHtml = SecretLinks.mask(bodyHtml);
        } else {
            long minutes = Math.min(60, 1L << (attempts - 1));
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        }
    }

    void retryNow(Instant now) {
        status = MailStatus.PENDING;
        nextAttemptAt = now;
        leaseUntil = null;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(getId(), recipient, subject, status, attempts, lastError, icsMethod, createdAt, sentAt);
    }
}
