package nl.groepskracht.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.attendance.AttendanceViews.RecentSession;
import nl.groepskracht.attendance.AttendanceViews.Sheet;
import nl.groepskracht.attendance.AttendanceViews.SheetLine;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.signup.ParticipantAdmin;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording who came: every tap saves at once; a correction of an earlier value is audited. Only
 * the group's facilitators record.
 */
@Service
@nl.groepskracht.base.AccessRule("the facilitators of the session's group (GroupService.requireManageableRef);"
        + " recentSessions: the signed-in professional's own groups")
public class AttendanceService {

    private final AttendanceRepository attendance;
    private final SessionRecordRepository records;
    private final ScheduleService schedule;
    private final GroupService groups;
    private final ParticipantAdmin participants;
    private final ProfessionalDirectory professionals;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(AttendanceRepository attendance, SessionRecordRepository records, ScheduleService schedule,
            GroupService groups, ParticipantAdmin participants, ProfessionalDirectory professionals, AuditLog audit,
            Clock clock) {
        this.attendance = attendance;
        this.records = records;
        this.schedule = schedule;
        this.groups = groups;
        this.participants = participants;
        this.professionals = professionals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The signed-in facilitator's sessions of the last seven days and the coming 24 hours (a session
     * just after midnight is "today's" for someone preparing late in the evening), latest first.
     */
    @Transactional(readOnly = true)
    public List<RecentSession> recentSessions() {
        long me = professionals.requireCurrent().id();
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        ZonedDateTime from = today.minusDays(7).atStartOfDay(AppZone.ID);
        ZonedDateTime to = ZonedDateTime.now(clock).plusHours(24);
        List<Long> mine = groups.groupIdsFacilitatedBy(me);
        Map<Long, String> names = mine.stream().collect(Collectors.toMap(Function.identity(),
                id -> groups.ref(id).name()));
        return schedule.sessionsOfGroups(mine).stream()
                .filter(s -> !s.isCancelled() && !s.start().isBefore(from) && s.start().isBefore(to))
                .sorted(Comparator.comparing(SessionInfo::start).reversed())
                .map(s -> new RecentSession(s, names.get(s.groupId()))).toList();
    }

    @Transactional
    public Sheet sheet(long sessionId) {
        SessionInfo session = schedule.session(sessionId);
        GroupRef group = groups.requireManageableRef(session.groupId());
        boolean walkIn = groups.get(group.id()).signupMode() == SignupMode.WALK_IN;
        SessionRecord record = records.findById(sessionId).orElse(null);
        List<SheetLine> lines = List.of();
        if (!walkIn) {
            Map<Long, AttendanceStatus> marked = attendance.forSessions(List.of(sessionId)).stream()
                    .collect(Collectors.toMap(Attendance::registrationId, Attendance::getStatus));
            lines = participants.roster(group.id()).stream()
                    .map(p -> new SheetLine(p.registrationId(), p.name(), marked.get(p.registrationId()))).toList();
        }
        return new Sheet(session, group.name(), walkIn, lines, record == null ? null : record.headCount(),
                record == null ? null : record.getNote(), isRecordable(session));
    }

    @Transactional
    public void mark(long sessionId, long registrationId, AttendanceStatus status) {
        SessionInfo session = requireRecordable(sessionId);
        if (!participants.confirmedRegistrationIds(session.groupId()).contains(registrationId)) {
            throw new FieldValidationException("registration", "validation.unknown");
        }
        var key = new Attendance.Key(sessionId, registrationId);
        Attendance line = attendance.findById(key).orElseGet(() -> new Attendance(sessionId, registrationId));
        AttendanceStatus before = line.mark(status, clock.instant(), actor());
        attendance.save(line);
        if (before != null && before != status) {
            audit.record(AuditAction.ATTENDANCE_CORRECTED, session.groupId(), registrationId,
                    "session " + sessionId + ": " + before + " -> " + status);
        }
    }

    /** "Iedereen aanwezig": everyone not yet marked becomes present. */
    @Transactional
    public int markAllPresent(long sessionId) {
        SessionInfo session = requireRecordable(sessionId);
        Map<Long, Attendance> marked = attendance.forSessions(List.of(sessionId)).stream()
                .collect(Collectors.toMap(Attendance::registrationId, Function.identity()));
        int changed = 0;
        for (long registrationId : participants.confirmedRegistrationIds(session.groupId())) {
            if (!marked.containsKey(registrationId)) {
                var line = new Attendance(sessionId, registrationId);
                line.mark(AttendanceStatus.PRESENT, clock.instant(), actor());
                attendance.save(line);
                changed++;
            }
        }
        return changed;
    }

    @Transactional
    public void saveHeadCount(long sessionId, HeadCount count) {
        requireRecordable(sessionId);
        check(count.adults(), "adults");
        check(count.children(), "children");
        check(count.firstTimers(), "firstTimers");
        if (count.firstTimers() > count.adults()) {
            throw new FieldValidationException("firstTimers", "attendance.first-timers.too-many");
        }
        SessionRecord record = record(sessionId);
        record.count(count, clock.instant(), actor());
        records.save(record);
    }

    @Transactional
    public void saveNote(long sessionId, String note) {
        requireRecordable(sessionId);
        if (note != null && (note.length() > 2000 || note.matches("(?s).*[<>].*"))) {
            throw new FieldValidationException("note", "attendance.note.invalid");
        }
        SessionRecord record = record(sessionId);
        record.note(note, clock.instant(), actor());
        records.save(record);
    }

    private SessionRecord record(long sessionId) {
        return records.findById(sessionId).orElseGet(() -> new SessionRecord(sessionId));
    }

    private static void check(Integer value, String field) {
        if (value == null || value < 0 || value > HeadCount.MAX) {
            throw new FieldValidationException(field, "attendance.count.range", HeadCount.MAX);
        }
    }

    /** Only the group's facilitators, only sessions that were not cancelled, from an hour before the start. */
    private SessionInfo requireRecordable(long sessionId) {
        SessionInfo session = schedule.session(sessionId);
        groups.requireManageableRef(session.groupId());
        if (!isRecordable(session)) {
            throw new FieldValidationException("session", "attendance.not-yet");
        }
        return session;
    }

    private boolean isRecordable(SessionInfo session) {
        return session.isRecordableAt(clock.instant());
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
