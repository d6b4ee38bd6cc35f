package nl.groepskracht.group;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Groups and their life cycle. Facilitators see and change only the groups they facilitate; the
 * adviseur and the administrator read all groups.
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("changes: the group's facilitators (requireManageable); the public offer (openGroups,"
        + " openGroup, hasComingSession, lockForEnrolment): anyone; ref, canRead, overBefore, groupIdsFacilitatedBy,"
        + " recordSchedule: other modules, inside their own checked calls and jobs")
public class GroupService {

    private final ParentGroupRepository groups;
    private final ProfessionalDirectory professionals;
    private final GroupRules rules;
    private final SessionPlan sessionPlan;
    private final Enrolments enrolments;
    private final ApplicationEventPublisher events;
    private final Submissions submissions;
    private final Clock clock;

    GroupService(ParentGroupRepository groups, ProfessionalDirectory professionals, GroupRules rules,
            SessionPlan sessionPlan, Enrolments enrolments, ApplicationEventPublisher events, Submissions submissions,
            Clock clock) {
        this.groups = groups;
        this.professionals = professionals;
        this.rules = rules;
        this.sessionPlan = sessionPlan;
        this.enrolments = enrolments;
        this.events = events;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** A facilitator's own groups, or every group for the adviseur and the administrator. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ACTIVE)
    public Page<GroupSummary> list(GroupFilter filter, Pageable page) {
        Professional me = professionals.requireCurrent();
        Long onlyOf = me.role() == Role.FACILITATOR ? me.id() : null;
        var now = clock.instant();
        return groups.search(onlyOf, filter.wijkId(), filter.themeId(), filter.status(), filter.from(), filter.to(),
                now, page).map(group -> group.toSummary(now));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ACTIVE)
    public GroupDetails get(long id) {
        ParentGroup group = find(id);
        Professional me = professionals.requireCurrent();
        boolean facilitates = me.role() == Role.FACILITATOR && group.isFacilitatedBy(me.id());
        if (!facilitates && me.role() == Role.FACILITATOR) {
            throw new AccessDeniedException("not a facilitator of group " + id);
        }
        return group.toDetails(facilitates, clock.instant());
    }

    /** A new group, once per form submission (a second click returns the group the first one made). */
    @Transactional
    @PreAuthorize(Roles.ONLY_FACILITATOR)
    public long create(@Valid GroupDraft draft) {
        Professional me = professionals.requireCurrent();
        draft.getFacilitatorIds().add(me.id());
        rules.check(draft);
        return submissions.once(draft.submissionKey(), "group", () -> {
            var group = new ParentGroup(clock.instant());
            group.apply(draft);
            return groups.saveAndFlush(group).getId();
        }).id();
    }

    @Transactional
    public void update(long id, @Valid GroupDraft draft) {
        ParentGroup group = requireManageable(id);
        rules.check(draft);
        int confirmed = enrolments.confirmedCount(id);
        if (draft.getSignupMode() == SignupMode.REGISTRATION && draft.getCapacity() < confirmed) {
            throw new FieldValidationException("capacity", "group.capacity.below-confirmed", confirmed);
        }
        Integer capacityBefore = group.getCapacity();
        Set<Long> before = group.getFacilitatorIds();
        group.apply(draft);
        if (capacityBefore != null && group.getCapacity() != null && group.getCapacity() > capacityBefore) {
            events.publishEvent(new GroupCapacityRaised(id));
        }
        Set<Long> added = difference(group.getFacilitatorIds(), before);
        Set<Long> removed = difference(before, group.getFacilitatorIds());
        if (!added.isEmpty() || !removed.isEmpty()) {
            events.publishEvent(new GroupFacilitatorsChanged(id, added, removed));
        }
        events.publishEvent(new GroupChanged(id));
    }

    /** Opens sign-up: needs a facilitator and at least one planned session ahead. */
    @Transactional
    public void open(long id) {
        ParentGroup group = requireManageable(id);
        requireStatus(group, GroupStatus.DRAFT);
        if (sessionPlan.plannedFutureSessions(id) == 0) {
            throw new FieldValidationException("status", "group.open.needs-session");
        }
        group.moveTo(GroupStatus.OPEN);
        events.publishEvent(new GroupChanged(id));
    }

    @Transactional
    public void start(long id) {
        ParentGroup group = requireManageable(id);
        requireStatus(group, GroupStatus.OPEN);
        group.moveTo(GroupStatus.RUNNING);
        events.publishEvent(new GroupChanged(id));
    }

    /**
     * Closes the group: its coming sessions are cancelled (one message to everyone invited), the
     * waiting list and unconfirmed sign-ups end (those waiting are told). Held sessions, participants
     * and figures stay. It can be reopened within {@link GroupDetails#REOPEN_WITHIN}.
     */
    @Transactional
    public void close(long id) {
        ParentGroup group = requireManageable(id);
        if (group.getStatus() == GroupStatus.CLOSED) {
            throw new FieldValidationException("status", "group.status.not-allowed");
        }
        group.close(clock.instant());
        events.publishEvent(new GroupClosed(id));
    }

    /** A closed group back as a draft (within 30 days of closing): its facilitators plan sessions anew. */
    @Transactional
    public void reopen(long id) {
        ParentGroup group = requireManageable(id);
        if (group.getStatus() != GroupStatus.CLOSED || group.getClosedAt() == null
                || clock.instant().isAfter(group.getClosedAt().plus(GroupDetails.REOPEN_WITHIN))) {
            throw new FieldValidationException("status", "group.reopen.too-late");
        }
        group.reopen();
        events.publishEvent(new GroupChanged(id));
    }

    /**
     * The public offer: groups open for sign-up (or walk-in) with a session still to come, optionally
     * in one wijk or theme, a page at a time. A group leaves it when its last session begins.
     */
    @Transactional(readOnly = true)
    public Page<GroupDetails> openGroups(Long wijkId, Long themeId, int page, int size) {
        var now = clock.instant();
        return groups.offerPage(wijkId, themeId, now, PageRequest.of(page, size, Sort.by("startsOn", "name", "id")))
                .map(group -> group.toPublicDetails(now));
    }

    /** Whether a planned session of the group still lies ahead (a group without one takes no sign-ups). */
    @Transactional(readOnly = true)
    public boolean hasComingSession(long id) {
        return sessionPlan.plannedFutureSessions(id) > 0;
    }

    /** One group of the public offer (no facilitators); empty when not open (drafts and closed groups stay hidden). */
    @Transactional(readOnly = true)
    public Optional<GroupDetails> openGroup(long id) {
        return groups.findById(id).filter(g -> g.getStatus() == GroupStatus.OPEN)
                .map(g -> g.toPublicDetails(clock.instant()));
    }

    /**
     * Locks the group's row for the rest of the caller's transaction and returns what decides a
     * sign-up. Sign-ups of one group are decided one at a time, so capacity is never exceeded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EnrolmentTerms lockForEnrolment(long id) {
        ParentGroup group = groups.lockById(id).orElseThrow(() -> new GroupNotFoundException(id));
        groups.takeEnrolmentTurn(id);
        return group.toTerms(clock.instant());
    }

    /**
     * One more place, because a facilitator gives someone from the waiting list a place now. Runs
     * in the caller's transaction, after {@link #lockForEnrolment}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addPlace(long id) {
        requireManageable(id).addPlace();
    }

    /** For other modules: the group, after checking that the signed-in user facilitates it. */
    @Transactional(readOnly = true)
    public GroupRef requireManageableRef(long id) {
        return toRef(requireManageable(id), clock.instant());
    }

    /** For other modules acting on their own (listeners, jobs): the group without access checks. */
    @Transactional(readOnly = true)
    public GroupRef ref(long id) {
        return toRef(find(id), clock.instant());
    }

    /** May the signed-in user read this group (its facilitators, the adviseur, the administrator)? */
    @Transactional(readOnly = true)
    public boolean canRead(long id) {
        Professional me = professionals.requireCurrent();
        return me.role() != Role.FACILITATOR || find(id).isFacilitatedBy(me.id());
    }

    /**
     * For retention: groups that are over — closed before that moment, whose last session was before
     * that day, or made before it and without any planned session — without access checks.
     */
    @Transactional(readOnly = true)
    public List<Long> overBefore(java.time.Instant before) {
        return groups.overBefore(before, before.atZone(nl.groepskracht.base.AppZone.ID).toLocalDate());
    }

    /**
     * The groups the signed-in professional facilitates, read together: one statement for the groups and one for
     * their facilitators, however many there are (the start page, the agenda and the knowledge base's wijken read
     * them on every visit).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ACTIVE)
    public List<GroupDetails> mine() {
        Professional me = professionals.requireCurrent();
        var now = clock.instant();
        return groups.facilitatedBy(me.id()).stream()
                .map(group -> group.toDetails(me.role() == Role.FACILITATOR, now)).toList();
    }

    @Transactional(readOnly = true)
    public List<Long> groupIdsFacilitatedBy(long userId) {
        return groups.idsFacilitatedBy(userId);
    }

    /** Called by the schedule when sessions change: the period the group meets in, for filtering. */
    @Transactional
    public void recordSchedule(long id, LocalDate first, LocalDate last) {
        find(id).recordSchedule(first, last);
    }

    /** Its facilitators manage a group — while they are facilitators (a changed role loses the groups). */
    private ParentGroup requireManageable(long id) {
        ParentGroup group = find(id);
        Professional me = professionals.requireCurrent();
        if (me.role() != Role.FACILITATOR || !group.isFacilitatedBy(me.id())) {
            throw new AccessDeniedException("not a facilitator of group " + id);
        }
        return group;
    }

    private static void requireStatus(ParentGroup group, GroupStatus expected) {
        if (group.getStatus() != expected) {
            throw new FieldValidationException("status", "group.status.not-allowed");
        }
    }

    private ParentGroup find(long id) {
        return groups.findById(id).orElseThrow(() -> new GroupNotFoundException(id));
    }

    private static GroupRef toRef(ParentGroup group, java.time.Instant now) {
        return new GroupRef(group.getId(), group.getName(), group.getLocation(), group.statusAt(now),
                group.getFacilitatorIds(), group.toDetails(false, now).contact());
    }

    private static Set<Long> difference(Set<Long> a, Set<Long> b) {
        var result = new HashSet<>(a);
        result.removeAll(b);
        return result;
    }
}
