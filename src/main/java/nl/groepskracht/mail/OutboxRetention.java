package nl.groepskracht.mail;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sent mails hold addresses and texts about parents; they are deleted after a while (failed ones
 * stay longer so an administrator can look into them). Idempotent, safe on several instances.
 */
@Component
public class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);
    private final OutboxMailRepository outbox;
    private final Clock clock;
    private final Duration keepSent;
    private final Duration keepFailed;

    OutboxRetention(OutboxMailRepository outbox, Clock clock,
            @Value("${groepskracht.mail.keep-sent:30d}") Duration keepSent,
            @Value("${groepskracht.mail.keep-failed:90d}") Duration keepFailed) {
        this.outbox = outbox;
        this.clock = clock;
        this.keepSent = keepSent;
        this.keepFailed = keepFailed;
    }

    @Scheduled(fixedDelayString = "${groepskracht.mail.retention-interval:6h}",
            initialDelayString = "${groepskracht.mail.retention-initial-delay:10m}")
    @Transactional
    public int purge() {
        int deleted = outbox.deleteFinishedBefore(MailStatus.SENT, clock.instant().minus(keepSent))
                + outbox.deleteFinishedBefore(MailStatus.FAILED, clock.instant().minus(keepFailed));
        if (deleted > 0) {
            log.info("Deleted {} old outbox mails", deleted);
        }
        return deleted;
    }
}
