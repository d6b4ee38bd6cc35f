package nl.groepskracht.attendance;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.signup.SessionExcuses;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's "ik kan deze keer niet" becomes "afgemeld" on the facilitator's attendance sheet; and
 * the parent's own attendance, for their download.
 */
@Component
class ParentExcuses implements SessionExcuses, nl.groepskracht.signup.AttendanceHistory {

    /** Who marked an excuse the parent gave themselves ("ik kan deze keer niet"). */
    private static final String BY_PARENT = "parent";
    private final AttendanceRepository attendance;
    private final nl.groepskracht.schedule.ScheduleService schedule;
    private final Clock clock;

    ParentExcuses(AttendanceRepository attendance, nl.groepskracht.schedule.ScheduleService schedule, Clock clock) {
        this.attendance = attendance;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Boolean> excusedSessions(long registrationId) {
        return attendance.forRegistration(registrationId).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.EXCUSED)
                .collect(Collectors.toMap(Attendance::sessionId, a -> BY_PARENT.equals(a.getUpdatedBy())));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> excusedRegistrations(long sessionId) {
        return attendance.forSessions(java.util.List.of(sessionId)).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.EXCUSED).map(Attendance::registrationId)
                .collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<Line> of(long registrationId) {
        return attendance.forRegistration(registrationId).stream()
                .map(a -> new Line(schedule.session(a.sessionId()).start(), a.getStatus().name()))
                .sorted(java.util.Comparator.comparing(Line::sessionStart)).toList();
    }

    @Override
    @Transactional
    public void excuse(long registrationId, long sessionId) {
        var line = attendance.findById(new Attendance.Key(sessionId, registrationId))
                .orElseGet(() -> new Attendance(sessionId, registrationId));
        line.mark(AttendanceStatus.EXCUSED, clock.instant(), BY_PARENT);
        attendance.save(line);
    }

    /** Only the parent's own "afgemeld" goes; one a facilitator marked stays (the parent calls them instead). */
    @Override
    @Transactional
    public boolean withdraw(long registrationId, long sessionId) {
        var line = attendance.findById(new Attendance.Key(sessionId, registrationId))
                .filter(a -> a.getStatus() == AttendanceStatus.EXCUSED && BY_PARENT.equals(a.getUpdatedBy()));
        line.ifPresent(attendance::delete);
        return line.isPresent();
    }
}
