package nl.groepskracht.schedule;

import java.time.Clock;
import nl.groepskracht.group.SessionPlan;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the group module how many sessions lie ahead (it may only open with at least one). */
@Component
class PlannedSessions implements SessionPlan {

    private final GroupSessionRepository sessions;
    private final Clock clock;

    PlannedSessions(GroupSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public int plannedFutureSessions(long groupId) {
        return sessions.countPlannedAfter(groupId, clock.instant());
    }
}
