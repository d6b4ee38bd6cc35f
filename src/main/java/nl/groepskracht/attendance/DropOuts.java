package nl.groepskracht.attendance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uitval (drop-out), defined once for the whole portal: a parent who had a place in a group and left
 * it (signed off, was removed, deleted their data) after the group's first session was held. A
 * parent who gives up the place before the first session is not a drop-out. The attendance figures
 * of a group and the adviseur's monitoring both count with {@link #condition}.
 */
@Component
public class DropOuts {

    /**
     * The definition as an SQL condition on the {@code registration} row aliased {@code registration}: it had a
     * place, it ended, and a planned session of its group had started before it ended (a session that
     * started before the parent left was held, since leaving lies in the past).
     */
    public static String condition(String registration) {
        String r = registration;
        return "(" + r + ".confirmed_at IS NOT NULL AND " + r + ".status = 'CANCELLED' AND EXISTS (SELECT 1 FROM"
                + " group_session fs WHERE fs.group_id = " + r + ".group_id AND fs.status = 'PLANNED' AND fs.starts_at"
                + " < " + r + ".cancelled_at))";
    }

    private final JdbcTemplate jdbc;

    DropOuts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The group's drop-outs (callers check who may see the group's figures). */
    @Transactional(readOnly = true)
    int ofGroup(long groupId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM registration r WHERE r.group_id = ? AND "
                + condition("r"), Integer.class, groupId);
        return count == null ? 0 : count;
    }
}
