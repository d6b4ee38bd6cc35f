package nl.groepskracht.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.groepskracht.base.AppZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Groups whose parents are asked now: groups with sign-up that were closed, or whose last planned
 * session ended, within the invitation window. Looking back a window (not only at the moment it ends)
 * lets attendance marked a few days late still count, and a job that was down catch up.
 */
@Component
class DueGroups {

    private final JdbcTemplate jdbc;

    DueGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> overBetween(Instant since, Instant now) {
        return jdbc.queryForList("""
                SELECT g.id FROM parent_group g
                WHERE g.signup_mode = 'REGISTRATION' AND (
                    (g.status = 'CLOSED' AND g.closed_at > ? AND g.closed_at <= ?)
                    OR (g.status <> 'CLOSED' AND g.ends_on BETWEEN ? AND ?
                        AND (SELECT MAX(s.ends_at) FROM group_session s WHERE s.group_id = g.id
                             AND s.status = 'PLANNED') BETWEEN ? AND ?))
                ORDER BY g.id""", Long.class, Timestamp.from(since), Timestamp.from(now),
                since.atZone(AppZone.ID).toLocalDate(), now.atZone(AppZone.ID).toLocalDate(), Timestamp.from(since),
                Timestamp.from(now));
    }
}
