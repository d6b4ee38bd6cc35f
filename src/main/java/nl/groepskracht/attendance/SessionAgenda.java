package nl.groepskracht.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.signup.ParticipantAdmin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the facilitator's start page needs from their own groups: the coming sessions (today first),
 * sessions that took place without attendance, and parents who missed twice without excuse.
 */
@Service
@PreAuthorize(Roles.ONLY_FACILITATOR)
public class SessionAgenda {

    /** How far ahead the start page looks. */
    static final Duration AHEAD = Duration.ofDays(7);
    /** How far back a session without attendance is still asked for. */
    static final Duration BACK = Duration.ofDays(42);

    private final GroupService groups;
    private final ScheduleService schedule;
    private final AttendanceRepository attendance;
    private final SessionRecordRepository records;
    private final ParticipantAdmin participants;
    private final Clock clock;

    SessionAgenda(GroupService groups, ScheduleService schedule, AttendanceRepository attendance,
            SessionRecordRepository records, ParticipantAdmin participants,
            Clock clock) {
        this.groups = groups;
        this.schedule = schedule;
        this.attendance = attendance;
        this.records = records;
        this.participants = participants;
        this.clock = clock;
    }

    /** A session on the start page. {@code today}: it starts today (Amsterdam); {@code recordable}: the sheet can be filled in now. */
    public record AgendaSession(SessionInfo session, String groupName, boolean today, boolean recordable) {
    }

    /** A group with parents who were absent without excuse at the last two sessions or more. */
    public record Flagged(long groupId, String groupName, int parents) {
    }

    public record Agenda(List<AgendaSession> coming, List<AgendaSession> unrecorded, List<Flagged> flagged) {
    }

    @Transactional(readOnly = true)
    public Agenda agenda() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AppZone.ID);
        Map<Long, GroupDetails> mine = groups.mine().stream()
                .collect(Collectors.toMap(GroupDetails::id, Function.identity()));
        List<SessionInfo> sessions = schedule.sessionsOfGroups(mine.keySet()).stream()
                .filter(s -> !s.isCancelled()).toList();

        List<AgendaSession> coming = sessions.stream()
                .filter(s -> s.end().toInstant().isAfter(now) && s.start().toInstant().isBefore(now.plus(AHEAD)))
                .sorted(Comparator.comparing(SessionInfo::start))
                .map(s -> new AgendaSession(s, mine.get(s.groupId()).name(),
                        s.start().withZoneSameInstant(AppZone.ID).toLocalDate().equals(today), s.isRecordableAt(now)))
                .toList();

        List<SessionInfo> past = sessions.stream()
                .filter(s -> !s.end().toInstant().isAfter(now) && s.start().toInstant().isAfter(now.minus(BACK)))
                .toList();
        Set<Long> recorded = recorded(past.stream().map(SessionInfo::id).toList());
        List<AgendaSession> unrecorded = past.stream().filter(s -> !recorded.contains(s.id()))
                .sorted(Comparator.comparing(SessionInfo::start))
                .map(s -> new AgendaSession(s, mine.get(s.groupId()).name(), false, true)).toList();

        List<Flagged> flagged = mine.values().stream()
                .filter(g -> g.status() == GroupStatus.OPEN || g.status() == GroupStatus.RUNNING)
                .map(g -> new Flagged(g.id(), g.name(), flaggedParents(g.id(), sessions, now)))
                .filter(f -> f.parents() > 0).sorted(Comparator.comparing(Flagged::groupName)).toList();
        return new Agenda(coming, unrecorded, flagged);
    }

    /** Parents with a place who missed the last sessions without excuse (ids only: no names are read). */
    private int flaggedParents(long groupId, List<SessionInfo> sessions, Instant now) {
        List<SessionInfo> held = sessions.stream()
                .filter(s -> s.groupId() == groupId && s.start().toInstant().isBefore(now))
                .sorted(Comparator.comparing(SessionInfo::start)).toList();
        if (held.size() < Absences.FLAG_AFTER) {
            return 0;
        }
        Map<Long, List<Attendance>> bySession = attendance.forSessions(held.stream().map(SessionInfo::id).toList())
                .stream().collect(Collectors.groupingBy(Attendance::sessionId));
        return (int) participants.confirmedRegistrationIds(groupId).stream()
                .filter(id -> Absences.unexcusedInARow(id, held, bySession) >= Absences.FLAG_AFTER).count();
    }

    /** Sessions with anything recorded: a status for a parent, or a head count. */
    private Set<Long> recorded(List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> recorded = attendance.forSessions(sessionIds).stream().map(Attendance::sessionId)
                .collect(Collectors.toSet());
        records.findBySessionIdIn(sessionIds).stream().filter(r -> r.headCount() != null)
                .forEach(r -> recorded.add(r.getSessionId()));
        return recorded;
    }
}
