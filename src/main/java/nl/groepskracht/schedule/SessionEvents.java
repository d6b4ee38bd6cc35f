package nl.groepskracht.schedule;

import java.time.ZonedDateTime;
import java.util.List;

/** What happened to sessions; the calendar module turns these into invites in the same transaction. */
public final class SessionEvents {

    private SessionEvents() {
    }

    public record Planned(long groupId, List<Long> sessionIds) {
    }

    /** A session moved or changed place; {@code previousStart} is when it was planned before. */
    public record Changed(long groupId, long sessionId, ZonedDateTime previousStart) {
    }

    public record Cancelled(long groupId, long sessionId) {
    }

    /** The group was closed: these coming sessions were cancelled with it (one message, not one each). */
    public record GroupStopped(long groupId, List<Long> cancelledSessionIds) {
    }
}
