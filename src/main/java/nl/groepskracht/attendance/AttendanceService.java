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
import nl.groepskracht.attendance.AttendanceViews.SheetState;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
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
    private final AuditLog audit;
    private final SheetBroadcaster broadcaster;
    private final Clock clock;

    AttendanceService(AttendanceRepository attendance, SessionRecordRepository records, ScheduleService schedule,
            GroupService groups, ParticipantAdmin participants, AuditLog audit,
            SheetBroadcaster broadcaster, Clock clock) {
        this.attendance = attendance;
        this.records = records;
        this.schedule = schedule;
        this.groups = groups;
        this.participants = participants;
        this.audit = audit;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /**
     * The signed-in facilitator's sessions of the last seven days and the coming 24 hours (a session
     * just after midnight is "today's" for someone preparing late in the evening), in time order.
     */
    @Transactional(readOnly = true)
    public List<RecentSession> recentSessions() {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        ZonedDateTime from = today.minusDays(7).atStartOfDay(AppZone.ID);
        ZonedDateTime to = ZonedDateTime.now(clock).plusHours(24);
        // the groups with their names read together (two statements), not one group at a time
        Map<Long, String> names = groups.mine().stream().collect(Collectors.toMap(GroupDetails::id, GroupDetails::name));
        return schedule.sessionsOfGroups(List.copyOf(names.keySet())).stream()
                .filter(s -> !s.isCancelled() && !s.start().isBefore(from) && s.start().isBefore(to))
                .sorted(Comparator.comparing(SessionInfo::start))
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
                    .map(p -> new SheetLine(p.registrationId(), p.name(), p.phone(), marked.get(p.registrationId())))
                    .toList();
        }
        return new Sheet(session, group.name(), walkIn, lines, record == null ? null : record.headCount(),
                record == null ? null : record.getNote(), record == null ? 0 : record.getNoteVersion(),
                isRecordable(session));
    }

    /**
     * What the sheet holds now, for a sheet that was told of a change (another tablet): the marks by
     * sign-up, the head count and the note. No names are read, so this is no audited look at the list.
     */
    @Transactional(readOnly = true)
    public SheetState state(long sessionId) {
        SessionInfo session = schedule.session(sessionId);
        groups.requireManageableRef(session.groupId());
        Map<Long, AttendanceStatus> marked = attendance.forSessions(List.of(sessionId)).stream()
                .collect(Collectors.toMap(Attendance::registrationId, Attendance::getStatus));
        SessionRecord record = records.findById(sessionId).orElse(null);
        return new SheetState(marked, record == null ? null : record.headCount(),
                record == null ? null : record.getNote(), record == null ? 0 : record.getNoteVersion());
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
        broadcaster.changed(sessionId);
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
        broadcaster.changed(sessionId);
        return changed;
    }

    @Transactional
    public void saveHeadCount(long sessionId, HeadCount count) {
        requireRecordable(sessionId);
        count.check();
        lockedRecord(sessionId).count(count, clock.instant(), actor());
        broadcaster.changed(sessionId);
    }

    /**
     * One tap on a head count: the number went from {@code from} to {@code to} on this tablet. The
     * difference is added to what is stored, so taps on two tablets add up instead of one overwriting
     * the other. Returns the count as it is now.
     */
    @Transactional
    public HeadCount countOne(long sessionId, HeadCount.Part part, int from, int to) {
        requireRecordable(sessionId);
        SessionRecord record = lockedRecord(sessionId);
        HeadCount now = record.headCount() == null ? HeadCount.NONE : record.headCount();
        HeadCount next = now.with(part, now.get(part) + to - from);
        next.check();
        record.count(next, clock.instant(), actor());
        broadcaster.changed(sessionId);
        return next;
    }

    /**
     * Saves the note written on version {@code readVersion} of it and returns the new version; a note
     * changed on another device meanwhile is not overwritten ({@link NoteConflict}).
     */
    @Transactional
    public int saveNote(long sessionId, String note, int readVersion) {
        requireRecordable(sessionId);
        if (note != null && (note.length() > SessionRecord.NOTE_MAX || note.matches("(?s).*[<>].*"))) {
            throw new FieldValidationException("note", "attendance.note.invalid");
        }
        SessionRecord record = lockedRecord(sessionId);
        record.note(note, readVersion, clock.instant(), actor());
        broadcaster.changed(sessionId);
        return record.getNoteVersion();
    }

    /** The session's record, made when missing, under its row lock until the transaction ends. */
    private SessionRecord lockedRecord(long sessionId) {
        records.createIfMissing(sessionId, clock.instant(), actor());
        return records.lockBySessionId(sessionId).orElseThrow();
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
