package nl.groepskracht.signup;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A parent's attendance, kept by the attendance module (which builds on this one): for the parent's
 * own download of everything held about them.
 */
public interface AttendanceHistory {

    List<Line> of(long registrationId);

    /** One session: when it started, and PRESENT, ABSENT or EXCUSED (afgemeld). */
    record Line(ZonedDateTime sessionStart, String status) {
    }
}
