package nl.groepskracht.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import nl.groepskracht.base.AccessRule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data only: sessions of the past (the services refuse the past), and the group's period recorded as
 * after any planning. The demos of other modules write their history through this.
 */
@Component
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
@AccessRule("no person: the demo data written at start (groepskracht.demo-data.enabled)")
public class ScheduleDemoSupport {

    private final GroupSessionRepository sessions;
    private final GroupPeriods periods;

    ScheduleDemoSupport(GroupSessionRepository sessions, GroupPeriods periods) {
        this.sessions = sessions;
        this.periods = periods;
    }

    /** Planned sessions at these starts, each {@code length} long; returns their ids in the same order. */
    @Transactional
    public List<Long> pastSessions(long groupId, List<ZonedDateTime> starts, Duration length, String location) {
        List<Long> ids = starts.stream().map(start -> sessions.save(new GroupSession(groupId,
                new TimeSlot(start, start.plus(length)), location, null)).getId()).toList();
        sessions.flush();
        periods.record(groupId);
        return ids;
    }
}
