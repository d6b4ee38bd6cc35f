package nl.groepskracht.privacy;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.groepskracht.base.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records every reading and export of a participant list (who, when, which group); the admin reads it. */
@Service
@nl.groepskracht.base.AccessRule("writing: no person, other modules inside their own checked calls; reading carries"
        + " @PreAuthorize")
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;
    private final ObjectProvider<AuditNames.Actors> actors;
    private final ObjectProvider<AuditNames.Groups> groups;

    AuditLog(AuditEventRepository events, Clock clock, ObjectProvider<AuditNames.Actors> actors,
            ObjectProvider<AuditNames.Groups> groups) {
        this.events = events;
        this.clock = clock;
        this.actors = actors;
        this.groups = groups;
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
        String actor = auth == null ? AuditEntry.NOBODY : auth.getName();
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

    /** A page of the log, with the names of the people and groups in it (two look-ups per page). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_ADMIN)
    public Page<AuditEntry> list(Pageable page) {
        Page<AuditEvent> found = events.findAll(page);
        Set<String> actorsOnPage = found.stream().map(AuditEvent::getActor).collect(Collectors.toSet());
        Set<Long> groupsOnPage = found.stream().map(AuditEvent::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> actorNames = lookUp(actors.getIfAvailable(), AuditNames.Actors::displayNames,
                actorsOnPage);
        Map<Long, String> groupNames = lookUp(groups.getIfAvailable(), AuditNames.Groups::names, groupsOnPage);
        return found.map(event -> event.toEntry(actorNames, groupNames));
    }

    private static <S, K> Map<K, String> lookUp(S source, BiFunction<S, Set<K>, Map<K, String>> names, Set<K> keys) {
        return source == null || keys.isEmpty() ? Map.of() : names.apply(source, keys);
    }
}
