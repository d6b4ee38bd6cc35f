package nl.groepskracht.schedule;

import java.time.ZonedDateTime;

/**
 * A session as views, invites and feeds see it. {@code uid} is the stable iCalendar UID and
 * {@code sequence} rises with every change, so calendars update the event instead of adding one.
 */
public record SessionInfo(long id, long groupId, ZonedDateTime start, ZonedDateTime end, String location,
        String topic, SessionStatus status, int sequence, String uid, String cancelReason) {

    /** Attendance can be taken from this long before a session starts (parents arriving early). */
    public static final java.time.Duration RECORDING_OPENS_BEFORE = java.time.Duration.ofHours(1);

    /** Whether its attendance can be taken at this moment: not cancelled, and at most an hour ahead. */
    public boolean isRecordableAt(java.time.Instant now) {
        return !isCancelled() && !start.toInstant().isAfter(now.plus(RECORDING_OPENS_BEFORE));
    }

    /** Held: planned (not cancelled) and started, as the monitoring counts it ({@code AttendanceRate.HELD}). */
    public boolean isHeldAt(java.time.Instant now) {
        return !isCancelled() && !start.toInstant().isAfter(now);
    }

    /** The status people read at {@code now}: "Gepland", "Gehouden" or "Afgezegd" (a translation key). */
    public String statusKeyAt(java.time.Instant now) {
        return "session.status." + (isHeldAt(now) ? "HELD" : status.name());
    }

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
