package nl.groepskracht.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import nl.groepskracht.base.db.Conflicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox mails over SMTP, one at a time, each in short transactions of its own: claim it
 * ({@code FOR UPDATE SKIP LOCKED}, so a second portal instance takes another one) and mark it
 * SENDING; hand it to the SMTP server; mark it SENT. Should that last commit fail, the mail stays
 * SENDING and is never sent again (at most once; the administrator sees it as interrupted). One
 * refused address fails only its own mail; a server that is down or hangs ends the round (the
 * SMTP timeouts are set in application.properties). Without {@code spring.mail.host} nothing is sent.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final Duration LEASE = Duration.ofMinutes(10);

    private final OutboxMailRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;
    private final String fromName;

    OutboxDispatcher(OutboxMailRepository outbox, ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${groepskracht.mail.from:noreply@groepskracht.local}") String from,
            @Value("${groepskracht.mail.from-name:Groepskracht}") String fromName) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.fromName = fromName;
    }

    /** Sends every due mail; returns how many were sent. The scheduler and the tests call this method. */
    @Scheduled(fixedDelayString = "${groepskracht.mail.dispatch-interval:10s}",
            initialDelayString = "${groepskracht.mail.dispatch-initial-delay:5s}")
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        // each step is retried after a deadlock or a failover to another database node (Conflicts): marking
        // a mail SENT is idempotent, and a lost "sent" would make it look interrupted
        Conflicts.retry(() -> transaction.executeWithoutResult(status -> releaseInterrupted()));
        int sent = 0;
        while (true) {
            Optional<Claimed> next = Conflicts.retry(() -> transaction.execute(status -> claimNext()));
            if (next == null || next.isEmpty()) {
                return sent;
            }
            Claimed mail = next.get();
            Exception failure = send(sender, mail);
            Conflicts.retry(() -> transaction.executeWithoutResult(status -> record(mail.id(), failure)));
            if (failure == null) {
                sent++;
            } else if (!MailErrors.isRecipientProblem(failure)) {
                return sent; // the server is down or hangs: the next round tries again
            }
        }
    }

    private Optional<Claimed> claimNext() {
        return outbox.claimNextDue(clock.instant()).flatMap(outbox::findById).map(mail -> {
            mail.sending(clock.instant(), LEASE);
            return new Claimed(mail.getId(), mail.toMail());
        });
    }

    /** Which outbox message a sent mail is: a receiver can tell a mail sent twice from two mails alike. */
    public static final String OUTBOX_ID_HEADER = "X-Groepskracht-Outbox-Id";

    private Exception send(JavaMailSender sender, Claimed mail) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessages.fill(message, mail.content(), from, fromName);
            message.setHeader(OUTBOX_ID_HEADER, Long.toString(mail.id()));
            sender.send(message);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private void record(long id, Exception failure) {
        OutboxMail mail = outbox.findById(id).orElse(null);
        if (mail == null) {
            return;
        }
        if (failure == null) {
            mail.sent(clock.instant());
        } else {
            String reason = MailErrors.describe(failure);
            mail.failed(reason, clock.instant());
            log.warn("Outbox mail {} not sent (attempt {}): {}", id, mail.toEntry().attempts(), reason);
        }
        if (mail.isForgottenOnceFinished()) {
            outbox.delete(mail);
        }
    }

    /** Mails whose sending was interrupted (the portal stopped, a commit failed): never sent twice. */
    private void releaseInterrupted() {
        outbox.deleteForgotten(clock.instant().minus(java.time.Duration.ofDays(7)), clock.instant());
        int interrupted = outbox.failInterrupted(clock.instant(), "Interrupted while sending: it may or may not "
                + "have arrived, so it is not sent again by itself");
        if (interrupted > 0) {
            log.warn("{} outbox mails were interrupted while sending and are marked failed", interrupted);
        }
    }

    private record Claimed(long id, OutgoingMail content) {
    }
}
