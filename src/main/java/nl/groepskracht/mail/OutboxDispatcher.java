package nl.groepskracht.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
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
 * Sends due outbox mails over SMTP. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * marked in the same transaction, so a mail is sent once even with two portal instances. Without
 * SMTP configuration ({@code spring.mail.host}) nothing is sent and mails stay in the outbox.
 */
@Component
public class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 20;

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

    @Scheduled(fixedDelayString = "${groepskracht.mail.dispatch-interval:10s}",
            initialDelayString = "${groepskracht.mail.dispatch-initial-delay:5s}")
    void onSchedule() {
        if (mailSender.getIfAvailable() != null) {
            dispatchDue();
        }
    }

    /** Sends every due mail; returns how many were sent. */
    public int dispatchDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer batch = transaction.execute(status -> sendBatch(sender));
            if (batch == null || batch < 0) {
                return sent;
            }
            sent += batch;
        }
    }

    /** Returns the number sent, or -1 when nothing was due. */
    private int sendBatch(JavaMailSender sender) {
        List<Long> ids = outbox.claimDue(clock.instant(), BATCH);
        if (ids.isEmpty()) {
            return -1;
        }
        int sent = 0;
        for (OutboxMail mail : outbox.findAllById(ids)) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessages.fill(message, mail.toMail(), from, fromName);
                sender.send(message);
                mail.sent(clock.instant());
                sent++;
            } catch (Exception e) {
                mail.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
                log.warn("Outbox mail {} not sent (attempt {}): {}", mail.getId(), mail.toEntry().attempts(),
                        e.getMessage());
            }
        }
        // every mail of the batch failed (SMTP down): stop this round, their next attempt is later
        return sent == 0 ? -1 : sent;
    }
}
