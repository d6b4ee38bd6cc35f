package nl.groepskracht.schedule;

import java.time.ZonedDateTime;

/**
 * A session as views, invites and feeds see it. {@code uid} is the stable iCalendar UID and
 * {@code sequence} rises with every change, so calendars update the event instead of adding one.
 */
public record SessionInfo(long id, long groupId, ZonedDateTime start, ZonedDateTime end, String location,
        String topic, SessionStatus status, int sequence, String uid, String cancelReason) {

    public boolean isCancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
