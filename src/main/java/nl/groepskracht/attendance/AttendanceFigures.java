package nl.groepskracht.attendance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.attendance.AttendanceViews.GroupFigures;
import nl.groepskracht.attendance.AttendanceViews.ParentFigure;
import nl.groepskracht.attendance.AttendanceViews.SessionFigure;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.RosterEntry;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who keeps coming: per session and overall attendance rate, drop-outs, walk-in visits, and per
 * parent sessions attended of sessions held. Cancelled and future sessions do not count.
 */
@Service
@nl.groepskracht.base.AccessRule("the group's facilitators with names (GroupService.requireManageableRef); whoever may"
        + " read the group its figures without names (GroupService.canRead)")
public class AttendanceFigures {

    private final AttendanceRepository attendance;
    private final SessionRecordRepository records;
    private final ScheduleService schedule;
    private final GroupService groups;
    private final ParticipantAdmin participants;
    private final DropOuts dropOuts;
    private final AttendanceRate rate;
    private final AuditLog audit;
    private final ProfessionalDirectory professionals;
    private final MessageSource messages;
    private final Clock clock;

    AttendanceFigures(AttendanceRepository attendance, SessionRecordRepository records, ScheduleService schedule,
            GroupService groups, ParticipantAdmin participants, DropOuts dropOuts, AttendanceRate rate, AuditLog audit,
            ProfessionalDirectory professionals, MessageSource messages, Clock clock) {
        this.dropOuts = dropOuts;
        this.rate = rate;
        this.messages = messages;
        this.attendance = attendance;
        this.records = records;
        this.schedule = schedule;
        this.groups = groups;
        this.participants = participants;
        this.audit = audit;
        this.professionals = professionals;
        this.clock = clock;
    }

    /**
     * The group's figures for whoever may read the group; parents' names (the per-parent table) only for
     * its facilitators, so the adviseur sees the group's figures without names.
     */
    @Transactional
    public GroupFigures figures(long groupId) {
        GroupRef group = groups.canRead(groupId) ? groups.ref(groupId) : groups.requireManageableRef(groupId);
        var me = professionals.requireCurrent();
        boolean facilitates = me.role() == Role.FACILITATOR && group.facilitatorIds().contains(me.id());
        boolean walkIn = groups.get(groupId).signupMode() == SignupMode.WALK_IN;
        List<SessionInfo> held = held(groupId);
        List<Long> ids = held.stream().map(SessionInfo::id).toList();
        Map<Long, List<Attendance>> bySession = attendance.forSessions(ids).stream()
                .collect(Collectors.groupingBy(Attendance::sessionId));
        Map<Long, SessionRecord> counts = records.findBySessionIdIn(ids).stream()
                .collect(Collectors.toMap(SessionRecord::getSessionId, r -> r));
        List<SessionFigure> sessions = new ArrayList<>();
        for (SessionInfo session : held) {
            List<Attendance> lines = bySession.getOrDefault(session.id(), List.of());
            int here = (int) lines.stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT).count();
            SessionRecord count = counts.get(session.id());
            sessions.add(new SessionFigure(session, here, lines.size(), count == null ? null : count.headCount()));
        }
        Map<Long, AttendanceRate.Share> shares = walkIn || !facilitates ? Map.of() : rate.perSignup(groupId);
        List<ParentFigure> parents = walkIn || !facilitates ? List.of()
                : participants.roster(groupId).stream().map(p -> parent(p, shares, held, bySession)).toList();
        return new GroupFigures(group.name(), walkIn, facilitates, held.size(), rate.ofGroup(groupId),
                dropOuts.ofGroup(groupId), sessions, parents);
    }

    /**
     * The attendance matrix (parents × sessions held) as a spreadsheet file in the reader's language;
     * an export of names, so audited.
     */
    @Transactional
    public byte[] matrixCsv(long groupId, Locale language) {
        groups.requireManageableRef(groupId);
        GroupFigures figures = figures(groupId);
        audit.record(AuditAction.PARTICIPANTS_EXPORTED, groupId, "attendance matrix");
        List<SessionInfo> held = figures.sessions().stream().map(SessionFigure::session).toList();
        Map<String, AttendanceStatus> cells = attendance.forSessions(held.stream().map(SessionInfo::id).toList())
                .stream().collect(Collectors.toMap(a -> a.registrationId() + ":" + a.sessionId(),
                        Attendance::getStatus));
        var day = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        List<String> header = new ArrayList<>(List.of(messages.getMessage("participant.name", null, language)));
        held.forEach(s -> header.add(s.start().withZoneSameInstant(AppZone.ID).format(day)));
        header.add(messages.getMessage("figures.attended", null, language));
        List<List<Object>> rows = new ArrayList<>();
        for (ParentFigure parent : figures.parents()) {
            List<Object> row = new ArrayList<>(List.of(parent.name() == null ? "" : parent.name()));
            held.forEach(s -> {
                AttendanceStatus status = cells.get(parent.registrationId() + ":" + s.id());
                row.add(status == null ? "" : messages.getMessage("attendance.status." + status.name(), null,
                        language));
            });
            row.add(parent.attended() + "/" + parent.held());
            rows.add(row);
        }
        return SpreadsheetCsv.write(header, rows);
    }

    /** Present at / expected at, by the opkomst's definition (a late joiner is expected from joining on). */
    private static ParentFigure parent(RosterEntry parent, Map<Long, AttendanceRate.Share> shares,
            List<SessionInfo> held, Map<Long, List<Attendance>> bySession) {
        var share = shares.getOrDefault(parent.registrationId(), new AttendanceRate.Share(0, 0));
        return new ParentFigure(parent.registrationId(), parent.name(), parent.phone(), share.present(),
                share.expected(),
                Absences.unexcusedInARow(parent.registrationId(), held, bySession));
    }

    /** Sessions that took place: planned (not cancelled) and started, oldest first. */
    private List<SessionInfo> held(long groupId) {
        return schedule.sessionsOfGroups(List.of(groupId)).stream()
                .filter(s -> !s.isCancelled() && s.start().toInstant().isBefore(clock.instant())).toList();
    }
}
