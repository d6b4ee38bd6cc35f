package nl.groepskracht.attendance;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opkomst (attendance rate), defined once for the whole portal: parents present / parents expected,
 * where a parent is expected at every session held while they had a place in the group ("confirmed
 * × sessions held", counted per session, so someone who joined late or left is not expected at the
 * sessions outside their time in the group). Excused ("afgemeld") counts as not present and is
 * reported beside it. The attendance figures of a group and the adviseur's monitoring both use the
 * SQL pieces below.
 */
@Component
public class AttendanceRate {

    /** A session {@code s} was held: planned (not cancelled) and started before {@code :now}. */
    public static final String HELD = "(s.status = 'PLANNED' AND s.starts_at < :now)";

    /** Registration {@code r} had a place at session {@code s}: confirmed before it ended, not left before it began. */
    public static final String HAD_PLACE = """
            (r.group_id = s.group_id AND r.confirmed_at IS NOT NULL AND r.confirmed_at < s.ends_at \
            AND (r.cancelled_at IS NULL OR r.cancelled_at > s.starts_at))""";

    /** Over rows of {@code s} joined with {@code r} ({@link #HAD_PLACE}) and {@code attendance a} of that pair. */
    public static final String EXPECTED = "COUNT(r.id)";
    public static final String PRESENT = "COUNT(CASE WHEN a.status = 'PRESENT' THEN 1 END)";
    public static final String EXCUSED = "COUNT(CASE WHEN a.status = 'EXCUSED' THEN 1 END)";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AttendanceRate(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The group's opkomst over all its sessions held (0 when nobody was expected yet). */
    @Transactional(readOnly = true)
    double ofGroup(long groupId) {
        return jdbc.queryForObject("SELECT " + EXPECTED + " AS expected, " + PRESENT + " AS present"
                + " FROM group_session s JOIN registration r ON " + HAD_PLACE
                + " LEFT JOIN attendance a ON a.session_id = s.id AND a.registration_id = r.id"
                + " WHERE s.group_id = :group AND " + HELD,
                Map.of("group", groupId, "now", Timestamp.from(clock.instant())),
                (rs, i) -> rs.getLong("expected") == 0 ? 0 : (double) rs.getLong("present") / rs.getLong("expected"));
    }
}
