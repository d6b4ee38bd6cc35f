package nl.groepskracht.schedule;

import java.util.List;

/** What happened to sessions; the calendar module turns these into invites in the same transaction. */
public final class SessionEvents {

    private SessionEvents() {
    }

    public record Planned(long groupId, List<Long> sessionIds) {
    }

    public record Changed(long sessionId) {
    }

    public record Cancelled(long sessionId) {
    }
}
