package nl.groepskracht.privacy;

import java.time.Clock;
import nl.groepskracht.base.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records every reading and export of a participant list (who, when, which group); the admin reads it. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Written in the caller's transaction: no reading of data without its line in the log. */
    @Transactional
    public void record(AuditAction action, Long groupId, String detail) {
        record(action, groupId, null, detail);
    }

    /** About one parent's registration; {@code detail} is free text (a reason) that is forgotten with the parent. */
    @Transactional
    public void record(AuditAction action, Long groupId, Long registrationId, String detail) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "anonymous" : auth.getName();
        events.save(new AuditEvent(clock.instant(), actor, action, groupId, registrationId, detail));
    }

    /**
     * A parent was forgotten: the lines about their registrations keep who did what and when, but
     * lose any free text (a facilitator's reason may name them).
     */
    @Transactional
    public void forgetDetails(java.util.Collection<Long> registrationIds) {
        if (!registrationIds.isEmpty()) {
            events.forgetDetails(registrationIds);
        }
    }

    /** Free text older than the retention period is stripped (the lines themselves stay). */
    @Transactional
    public int stripDetailsBefore(java.time.Instant before) {
        return events.stripDetailsBefore(before);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_ADMIN)
    public Page<AuditEntry> list(Pageable page) {
        return events.findAll(page).map(AuditEvent::toEntry);
    }
}
