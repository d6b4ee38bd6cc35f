package nl.groepskracht.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.privacy.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parents' data is kept only as long as needed (AVG; DESIGN: 12 months): participants of groups that
 * are over for longer than {@code keep-after-group} (closed, or their last session passed), and
 * sign-ups never confirmed after {@code keep-unconfirmed}, are anonymised — name, address, phone,
 * children and links go; their registrations, attendance and random family key stay, so every
 * figure for monitoring is the same before and after. Free text in the audit log about parents
 * is stripped after the same period. Each step is one idempotent update: safe on several instances.
 */
@Component
public class ParticipantRetention {

    private static final Logger log = LoggerFactory.getLogger(ParticipantRetention.class);
    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final SignupLinks links;
    private final GroupService groups;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration keepAfterGroup;
    private final Duration keepUnconfirmed;

    ParticipantRetention(RegistrationRepository registrations, ParticipantRepository participants, SignupLinks links,
            GroupService groups, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
            @Value("${groepskracht.privacy.keep-after-group:365d}") Duration keepAfterGroup,
            @Value("${groepskracht.privacy.keep-unconfirmed:30d}") Duration keepUnconfirmed) {
        this.registrations = registrations;
        this.participants = participants;
        this.links = links;
        this.groups = groups;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.keepAfterGroup = keepAfterGroup;
        this.keepUnconfirmed = keepUnconfirmed;
    }

    /** Anonymises what is due; returns how many registrations' parents were anonymised. */
    @Scheduled(fixedDelayString = "${groepskracht.privacy.retention-interval:6h}",
            initialDelayString = "${groepskracht.privacy.retention-initial-delay:15m}")
    public int anonymiseDue() {
        Integer done = transaction.execute(status -> {
            Instant now = clock.instant();
            List<Long> over = groups.overBefore(now.minus(keepAfterGroup));
            List<Long> due = new java.util.ArrayList<>(over.isEmpty() ? List.of()
                    : registrations.withPersonInGroups(over));
            due.addAll(registrations.neverConfirmedBefore(now.minus(keepUnconfirmed)));
            if (!due.isEmpty()) {
                links.deleteFor(due);
                audit.forgetDetails(due);
                participants.anonymiseOf(due, now);
                registrations.forgetPersons(due);
            }
            audit.stripDetailsBefore(now.minus(keepAfterGroup));
            return due.size();
        });
        if (done != null && done > 0) {
            log.info("Anonymised the parents of {} registrations (retention)", done);
        }
        return done == null ? 0 : done;
    }
}
