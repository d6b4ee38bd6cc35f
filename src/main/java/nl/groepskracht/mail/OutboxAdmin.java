package nl.groepskracht.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.groepskracht.base.Roles;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's view of the outbox: what was sent, what waits, what failed and why. Mails to
 * parents carry secret links (confirming, their personal page): the administrator sees them masked,
 * and every opening of a mail's content is in the audit log. The list shows no one's address (only its
 * domain): a parent's address beside a subject tells which group they are in. Searching the list by
 * an address is audited, naming the mails it found.
 */
@Service
@PreAuthorize(Roles.ONLY_ADMIN)
public class OutboxAdmin {

    static final Duration LATE = Duration.ofMinutes(15);

    private final OutboxMailRepository outbox;
    private final AuditLog audit;
    private final Clock clock;

    OutboxAdmin(OutboxMailRepository outbox, AuditLog audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Page<OutboxEntry> list(OutboxFilter filter, Pageable page) {
        Page<OutboxEntry> found = outbox.search(filter.status(), filter.recipientPart(), page)
                .map(mail -> mail.toEntry().withRecipientMasked());
        if (filter.recipientPart() != null) {
            String ids = String.join(", ", found.stream().map(e -> String.valueOf(e.id())).toList());
            audit.record(AuditAction.MAIL_LIST_SEARCHED, null, "outbox mails "
                    + (ids.length() > 480 ? ids.substring(0, ids.lastIndexOf(", ", 480)) : ids));
        }
        return found;
    }

    /**
     * What needs the administrator, as the outbox filtered on it shows: mails that failed (kept 90 days,
     * until sent again), and mails waiting more than {@link #LATE} past their turn (the dispatcher or
     * the SMTP server is stuck).
     */
    @Transactional(readOnly = true)
    public OutboxHealth health() {
        Instant now = clock.instant();
        return new OutboxHealth(outbox.countByStatus(MailStatus.FAILED), outbox.countLate(now.minus(LATE)));
    }

    /** Failed; stuck: waiting well past their turn. */
    public record OutboxHealth(long failed, long stuck) {

        public boolean fine() {
            return failed == 0 && stuck == 0;
        }
    }

    /** A mail as it was sent, its secret links masked; the opening is audited. */
    @Transactional
    public OutgoingMail content(long id) {
        OutgoingMail mail = outbox.findById(id).orElseThrow().toMail();
        audit.record(AuditAction.MAIL_CONTENT_VIEWED, null, "outbox mail " + id);
        return new OutgoingMail(mail.recipient(), mail.subject(), mask(mail.text()), mask(mail.html()),
                mail.icsMethod(), mail.ics());
    }

    /** Only a FAILED mail is sent again (a sent one would go twice, with links that no longer work). */
    @Transactional
    public void sendAgain(long id) {
        OutboxMail mail = outbox.findById(id).orElseThrow();
        if (mail.toEntry().status() == MailStatus.FAILED) {
            mail.retryNow(clock.instant());
        }
    }

    static String mask(String text) {
        return SecretLinks.mask(text);
    }
}
