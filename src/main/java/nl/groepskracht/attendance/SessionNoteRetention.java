package nl.groepskracht.attendance;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A facilitator's session note is free text and may mention parents: it goes with the parents' data,
 * {@code keep-after-group} after the group is over (head counts stay). Idempotent, safe on several
 * instances.
 */
@Component
public class SessionNoteRetention {

    private final GroupService groups;
    private final ScheduleService schedule;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keepAfterGroup;

    SessionNoteRetention(GroupService groups, ScheduleService schedule, NamedParameterJdbcTemplate jdbc, Clock clock,
            @Value("${groepskracht.privacy.keep-after-group:365d}") Duration keepAfterGroup) {
        this.groups = groups;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepAfterGroup = keepAfterGroup;
    }

    @Scheduled(fixedDelayString = "${groepskracht.privacy.retention-interval:6h}",
            initialDelayString = "${groepskracht.privacy.retention-initial-delay:15m}")
    @Transactional
    public int stripDue() {
        List<Long> over = groups.overBefore(clock.instant().minus(keepAfterGroup));
        List<Long> sessions = schedule.sessionsOfGroups(over).stream().map(SessionInfo::id).toList();
        return sessions.isEmpty() ? 0 : jdbc.update("UPDATE session_record SET note = NULL WHERE note IS NOT NULL "
                + "AND session_id IN (:ids)", java.util.Map.of("ids", sessions));
    }
}
