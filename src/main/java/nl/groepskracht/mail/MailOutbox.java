package nl.groepskracht.mail;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every e-mail starts: written in the transaction of the change that causes it, so a mail
 * exists exactly when the change was saved, and is sent later by the dispatcher.
 */
@Service
@nl.groepskracht.base.AccessRule("no person: other modules write their mails inside their own checked transaction")
public class MailOutbox {

    private final OutboxMailRepository outbox;
    private final Clock clock;

    MailOutbox(OutboxMailRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        outbox.save(new OutboxMail(mail, clock.instant()));
    }

    /**
     * Someone asked to be forgotten: every mail to them, waiting or sent, goes (their address and the
     * texts about them) — except the last ones marked to be forgotten once sent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetRecipient(String address) {
        String normalised = address.strip().toLowerCase(java.util.Locale.ROOT);
        outbox.forgetOnceSent(normalised);
        return outbox.forgetRecipient(normalised);
    }
}
