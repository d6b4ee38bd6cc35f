package nl.groepskracht.privacy;

import java.time.Clock;
import java.util.List;
import nl.groepskracht.base.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every reading and export of a participant list (who, when, which group) and every change to a
 * professional's account (who, to whom, when); the admin reads it, filtered by person, group, action and
 * period.
 */
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
        write(signedIn(), action, groupId, registrationId, null, detail);
    }

    /** The signed-in person (or the portal itself) changed this professional's account. */
    @Transactional
    public void recordAccountChange(AuditAction action, long accountId, String detail) {
        write(signedIn(), action, null, null, accountId, detail);
    }

    /** The owner of this account changed it without being signed in (a new password through the mailed link). */
    @Transactional
    public void recordOwnAccountChange(AuditAction action, long accountId, String loginName, String detail) {
        write(loginName, action, null, null, accountId, detail);
    }

    private void write(String actor, AuditAction action, Long groupId, Long registrationId, Long subject,
            String detail) {
        AuditNames.Actors people = actors.getIfAvailable();
        Long actorId = people == null || AuditEntry.NOBODY.equals(actor) ? null : people.accountOf(actor).orElse(null);
        events.save(new AuditEvent(clock.instant(), actor, actorId, action, groupId, registrationId, subject, detail));
    }

    private static String signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? AuditEntry.NOBODY : auth.getName();
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

    /** A page of the whole log, with the names of the people and groups in it. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_ADMIN)
    public Page<AuditEntry> list(Pageable page) {
        return list(AuditQuery.ALL, page);
    }

    /** A page of the lines the query selects, with the names of the people and groups in it (three look-ups). */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_ADMIN)
    public Page<AuditEntry> list(AuditQuery query, Pageable page) {
        Page<AuditEvent> found = events.findAll(query.specification(), page);
        AuditNameBook names = AuditNameBook.of(found.getContent(), actors.getIfAvailable(), groups.getIfAvailable());
        return found.map(event -> event.toEntry(names));
    }

    /** The professionals to filter on. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_ADMIN)
    public List<AuditNames.Person> people() {
        AuditNames.Actors people = actors.getIfAvailable();
        return people == null ? List.of() : people.people();
    }

    /** Groups to filter on whose name contains {@code text}, a page of them. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_ADMIN)
    public List<AuditNames.GroupLabel> groups(String text, int offset, int limit) {
        AuditNames.Groups names = groups.getIfAvailable();
        return names == null ? List.of() : names.find(text == null ? "" : text.strip(), offset, limit);
    }
}
