package nl.groepskracht.attendance;

import java.util.List;
import java.util.Map;
import nl.groepskracht.schedule.SessionInfo;

/** The rule for "call this parent": absent without excuse at the last sessions held, in a row. */
final class Absences {

    /** Two unexcused absences in a row flag a parent. */
    static final int FLAG_AFTER = 2;

    private Absences() {
    }

    /**
     * How many of the sessions held (oldest first) up to the last one the parent missed without excuse
     * in a row; being present or excused ends the row, a session without a mark leaves it as it is.
     */
    static int unexcusedInARow(long registrationId, List<SessionInfo> held, Map<Long, List<Attendance>> bySession) {
        int row = 0;
        for (SessionInfo session : held) {
            AttendanceStatus status = bySession.getOrDefault(session.id(), List.of()).stream()
                    .filter(a -> a.registrationId() == registrationId).map(Attendance::getStatus)
                    .findFirst().orElse(null);
            if (status == AttendanceStatus.ABSENT) {
                row++;
            } else if (status != null) {
                row = 0;
            }
        }
        return row;
    }
}
