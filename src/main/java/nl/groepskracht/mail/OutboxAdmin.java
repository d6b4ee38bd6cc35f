package nl.groepskracht.mail;

import java.time.Clock;
import nl.groepskracht.base.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the outbox: what was sent, what waits, what failed and why. */
@Service
@PreAuthorize(Roles.ONLY_ADMIN)
public class OutboxAdmin {

    private final OutboxMailRepository outbox;
    private final Clock clock;

    OutboxAdmin(OutboxMailRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(Pageable page) {
        return outbox.findAll(page).map(OutboxMail::toEntry);
    }

    @Transactional(readOnly = true)
    public OutgoingMail content(long id) {
        return outbox.findById(id).orElseThrow().toMail();
    }

    @Transactional
    public void sendAgain(long id) {
        outbox.findById(id).orElseThrow().retryNow(clock.instant());
    }
}
