package nl.groepskracht.attendance;

import java.time.Instant;
import nl.groepskracht.base.AccessRule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: attendance and head counts of past sessions, as the attendance sheet would have left
 * them (the service marks only sessions that are about to start or have just been held).
 */
@Component
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
@AccessRule("no person: the demo data written at start (groepskracht.demo-data.enabled)")
public class AttendanceDemoSupport {

    private final AttendanceRepository attendance;
    private final SessionRecordRepository records;

    AttendanceDemoSupport(AttendanceRepository attendance, SessionRecordRepository records) {
        this.attendance = attendance;
        this.records = records;
    }

    @Transactional
    public void mark(long sessionId, long registrationId, AttendanceStatus status, Instant at, String by) {
        var mark = new Attendance(sessionId, registrationId);
        mark.mark(status, at, by);
        attendance.save(mark);
    }

    @Transactional
    public void headCount(long sessionId, HeadCount count, Instant at, String by) {
        var record = new SessionRecord(sessionId);
        record.count(count, at, by);
        records.save(record);
    }
}
