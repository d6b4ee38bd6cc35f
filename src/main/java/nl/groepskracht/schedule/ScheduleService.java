package nl.groepskracht.schedule;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.holidays.HolidayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Plans, changes and cancels a group's sessions. Only the group's facilitators do; every change is
 * published so the calendar module can send invites in the same transaction.
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("changes: the group's facilitators (GroupService.requireManageableRef); sessions:"
        + " whoever may read the group (GroupService.canRead); session, sessionsOfGroups, plannedBetween, toDraft:"
        + " other modules' listeners, feeds and jobs")
public class ScheduleService {

    private final GroupSessionRepository sessions;
    private final GroupService groups;
    private final SessionRules rules;
    private final HolidayCalendar holidayCalendar;
    private final GroupPeriods periods;
    private final ApplicationEventPublisher events;
    private final Submissions submissions;
    private final String uidDomain;

    ScheduleService(GroupSessionRepository sessions, GroupService groups, SessionRules rules, GroupPeriods periods,
            HolidayCalendar holidayCalendar, ApplicationEventPublisher events, Submissions submissions,
            @Value("${groepskracht.calendar.uid-domain:groepskracht.local}") String uidDomain) {
        this.sessions = sessions;
        this.holidayCalendar = holidayCalendar;
        this.groups = groups;
        this.rules = rules;
        this.periods = periods;
        this.events = events;
        this.submissions = submissions;
        this.uidDomain = uidDomain;
    }

    @Transactional(readOnly = true)
    public List<SessionInfo> sessions(long groupId) {
        if (!groups.canRead(groupId)) {
            throw new AccessDeniedException("may not read group " + groupId);
        }
        return sessions.findByGroupIdOrderByStartsAt(groupId).stream().map(this::info).toList();
    }

    /** One session, once per form submission (a second click returns the session the first one planned). */
    @Transactional
    public long addSession(long groupId, @Valid SessionDraft draft) {
        GroupRef group = requirePlannable(groupId);
        return submissions.once(draft.submissionKey(), "session", () -> {
            TimeSlot slot = TimeSlot.of(draft.getDate(), draft.getStartTime(), draft.getEndTime());
            rules.check(groupId, slot, null);
            long id = sessions.saveAndFlush(new GroupSession(group.id(), slot, draft.getLocation(),
                    draft.getTopic())).getId();
            periods.record(groupId);
            events.publishEvent(new SessionEvents.Planned(groupId, List.of(id)));
            return id;
        }).id();
    }

    /** The dates a series would get, each with the rule it breaks (if any); nothing is saved. */
    @Transactional(readOnly = true)
    public List<PlannedDate> preview(long groupId, @Valid SeriesDraft series) {
        requirePlannable(groupId);
        List<PlannedDate> preview = new ArrayList<>();
        List<LocalDate> dates = SeriesPlanner.dates(series);
        var holidays = holidayCalendar.notes(dates);
        for (LocalDate date : dates) {
            TimeSlot slot = TimeSlot.of(date, series.getStartTime(),
                    series.getStartTime().plusMinutes(series.getDurationMinutes()));
            String problem = slot.end().toLocalDate().equals(date) ? rules.problem(groupId, slot, null)
                    : "session.end-before-start";
            preview.add(new PlannedDate(slot.start(), slot.end(), problem, holidays.get(date)));
        }
        return preview;
    }

    /**
     * Plans the whole series, or nothing when one of its dates breaks a rule. Once per form submission:
     * a second click of the same form plans nothing more and returns no ids.
     */
    @Transactional
    public List<Long> addSeries(long groupId, @Valid SeriesDraft series) {
        requirePlannable(groupId);
        List<Long> ids = new ArrayList<>();
        submissions.once(series.submissionKey(), "series", () -> {
            ids.addAll(planSeries(groupId, series));
            return ids.getFirst();
        });
        return ids;
    }

    private List<Long> planSeries(long groupId, SeriesDraft series) {
        List<PlannedDate> dates = preview(groupId, series);
        dates.stream().filter(d -> !d.ok()).findFirst().ifPresent(bad -> {
            throw new FieldValidationException("firstDate", "series.date-problem", bad.start().toLocalDate());
        });
        List<Long> ids = new ArrayList<>();
        for (PlannedDate date : dates) {
            var session = new GroupSession(groupId, new TimeSlot(date.start(), date.end()), series.getLocation(),
                    series.getTopic());
            ids.add(sessions.save(session).getId());
        }
        sessions.flush();
        periods.record(groupId);
        events.publishEvent(new SessionEvents.Planned(groupId, ids));
        return ids;
    }

    @Transactional
    public void update(long sessionId, @Valid SessionDraft draft) {
        GroupSession session = requireChangeable(sessionId);
        TimeSlot slot = TimeSlot.of(draft.getDate(), draft.getStartTime(), draft.getEndTime());
        rules.check(session.getGroupId(), slot, sessionId);
        var before = session.getStartsAt().atZone(AppZone.ID);
        if (session.change(slot, draft.getLocation(), draft.getTopic())) {
            periods.record(session.getGroupId());
            events.publishEvent(new SessionEvents.Changed(session.getGroupId(), sessionId, before));
        }
    }

    @Transactional
    public void cancel(long sessionId, String reason) {
        if (reason != null && (reason.length() > 500 || reason.matches("(?s).*[<>].*"))) {
            throw new FieldValidationException("reason", "validation.no-markup");
        }
        GroupSession session = requireChangeable(sessionId);
        session.cancel(reason);
        periods.record(session.getGroupId());
        events.publishEvent(new SessionEvents.Cancelled(session.getGroupId(), sessionId));
    }

    /** For listeners and feeds: one session, without access checks. */
    @Transactional(readOnly = true)
    public SessionInfo session(long sessionId) {
        return info(sessions.findById(sessionId).orElseThrow());
    }

    /**
     * For feeds: all sessions of these groups, without access checks. One group (a parent's page or mail, a
     * confirmation) is read with {@code group_id = ?}: Hibernate translates a query with an {@code in} list again
     * at every run (the list's length is part of the SQL), which cost more than the read itself.
     */
    @Transactional(readOnly = true)
    public List<SessionInfo> sessionsOfGroups(Collection<Long> groupIds) {
        List<GroupSession> found = switch (groupIds.size()) {
            case 0 -> List.of();
            case 1 -> sessions.findByGroupIdOrderByStartsAt(groupIds.iterator().next());
            default -> sessions.findByGroupIdInOrderByStartsAt(groupIds);
        };
        return found.stream().map(this::info).toList();
    }

    /** For reminders: planned sessions that start in this window, without access checks. */
    @Transactional(readOnly = true)
    public List<SessionInfo> plannedBetween(Instant from, Instant to) {
        return sessions.plannedStartingBetween(from, to).stream().map(this::info).toList();
    }

    public SessionDraft toDraft(SessionInfo session) {
        var draft = new SessionDraft();
        draft.setDate(session.start().withZoneSameInstant(AppZone.ID).toLocalDate());
        draft.setStartTime(session.start().withZoneSameInstant(AppZone.ID).toLocalTime());
        draft.setEndTime(session.end().withZoneSameInstant(AppZone.ID).toLocalTime());
        draft.setLocation(session.location());
        draft.setTopic(session.topic());
        return draft;
    }

    private GroupRef requirePlannable(long groupId) {
        GroupRef group = groups.requireManageableRef(groupId);
        if (group.status() == GroupStatus.CLOSED) {
            throw new FieldValidationException("date", "session.group-closed");
        }
        return group;
    }

    private GroupSession requireChangeable(long sessionId) {
        GroupSession session = sessions.findById(sessionId).orElseThrow();
        requirePlannable(session.getGroupId());
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new FieldValidationException("date", "session.already-cancelled");
        }
        if (rules.hasStarted(session)) {
            throw new FieldValidationException("date", "session.started");
        }
        return session;
    }

    private SessionInfo info(GroupSession session) {
        return session.toInfo(uidDomain);
    }
}
