package nl.groepskracht.attendance;

import java.util.List;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.signup.ParticipantAdmin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One session in numbers, without names (so not an audited look at the list): for a session report
 * a facilitator writes afterwards. Only the group's facilitators.
 */
@Service
@nl.groepskracht.base.AccessRule("the facilitators of the session's group (GroupService.requireManageableRef)")
public class SessionSummaries {

    private final AttendanceRepository attendance;
    private final SessionRecordRepository records;
    private final ScheduleService schedule;
    private final GroupService groups;
    private final ParticipantAdmin participants;

    SessionSummaries(AttendanceRepository attendance, SessionRecordRepository records, ScheduleService schedule,
            GroupService groups, ParticipantAdmin participants) {
        this.attendance = attendance;
        this.records = records;
        this.schedule = schedule;
        this.groups = groups;
        this.participants = participants;
    }

    /** Present of those with a place (names), or the head count (walk-in), and the session note. */
    public record SessionSummary(SessionInfo session, int present, int withPlace, HeadCount headCount, String note) {
    }

    @Transactional(readOnly = true)
    public SessionSummary summary(long sessionId) {
        SessionInfo session = schedule.session(sessionId);
        groups.requireManageableRef(session.groupId());
        int present = (int) attendance.forSessions(List.of(sessionId)).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT).count();
        SessionRecord record = records.findById(sessionId).orElse(null);
        return new SessionSummary(session, present, participants.confirmedRegistrationIds(session.groupId()).size(),
                record == null ? null : record.headCount(), record == null ? null : record.getNote());
    }
}
