package nl.groepskracht.privacy;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which lines of the audit log to read or export: a person (the professional who did it, or whose
 * account it was about), a group, actions, a period (first and last day, Amsterdam time). Null or empty
 * means "any".
 */
public record AuditQuery(Long personId, Long groupId, Set<AuditAction> actions, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, Set.of(), null, null);

    public AuditQuery {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a period needs a first day on or before its last day");
        }
    }

    Specification<AuditEvent> specification() {
        return (event, query, where) -> {
            List<Predicate> all = new ArrayList<>();
            if (personId != null) {
                all.add(where.or(where.equal(event.get("actorAccountId"), personId),
                        where.equal(event.get("subjectAccountId"), personId)));
            }
            if (groupId != null) {
                all.add(where.equal(event.get("groupId"), groupId));
            }
            if (!actions.isEmpty()) {
                all.add(event.get("action").in(actions));
            }
            if (from != null) {
                all.add(where.greaterThanOrEqualTo(event.get("at"), from.atStartOfDay(AppZone.ID).toInstant()));
            }
            if (to != null) {
                all.add(where.lessThan(event.get("at"), to.plusDays(1).atStartOfDay(AppZone.ID).toInstant()));
            }
            return where.and(all.toArray(Predicate[]::new));
        };
    }
}
