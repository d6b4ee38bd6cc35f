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
 * reported beside it. The group's attendance page (its opkomst and each parent's "present at / expected
 * at") and the adviseur's monitoring all count with the SQL pieces below.
 *
 * <p>The contract of the pieces: each takes the aliases the caller's query gives to
 * {@code group_session}, {@code registration} and {@code attendance}; {@link #held} needs the named
 * parameter {@code :now}. Counting pieces apply to rows of a session joined with the registrations that
 * had a place at it ({@link #hadPlace}) and, left-joined, their attendance at that session.
 */
@Component
public class AttendanceRate {

    /** Session {@code session} was held: planned (not cancelled) and started before {@code :now}. */
    public static String held(String session) {
        return "(" + session + ".status = 'PLANNED' AND " + session + ".starts_at < :now)";
    }

    /**
     * Registration {@code registration} had a place at session {@code session}: confirmed before it ended, not
     * left before it began.
     */
    public static String hadPlace(String registration, String session) {
        String r = registration;
        return "(" + r + ".group_id = " + session + ".group_id AND " + r + ".confirmed_at IS NOT NULL AND " + r
                + ".confirmed_at < " + session + ".ends_at AND (" + r + ".cancelled_at IS NULL OR " + r
                + ".cancelled_at > " + session + ".starts_at))";
    }

    /** Parents expected: the registrations with a place, counted per session. */
    public static String expected(String registration) {
        return "COUNT(" + registration + ".id)";
    }

    /** Of those, present: their attendance {@code attendance} at that session. */
    public static String present(String attendance) {
        return "COUNT(CASE WHEN " + attendance + ".status = 'PRESENT' THEN 1 END)";
    }

    /** Of those, excused ("afgemeld"). */
    public static String excused(String attendance) {
        return "COUNT(CASE WHEN " + attendance + ".status = 'EXCUSED' THEN 1 END)";
    }

    /** Present at / expected at, for a group or one parent. */
    record Share(int present, int expected) {
    }

    private static final String PER_SIGNUP = "SELECT r.id AS registration, " + expected("r") + " AS expected, "
            + present("a") + " AS present FROM group_session s JOIN registration r ON " + hadPlace("r", "s")
            + " LEFT JOIN attendance a ON a.session_id = s.id AND a.registration_id = r.id"
            + " WHERE s.group_id = :group AND " + held("s") + " GROUP BY r.id";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AttendanceRate(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The group's opkomst over all its sessions held (0 when nobody was expected yet). */
    @Transactional(readOnly = true)
    double ofGroup(long groupId) {
        Share group = perSignup(groupId).values().stream().reduce(new Share(0, 0),
                (a, b) -> new Share(a.present() + b.present(), a.expected() + b.expected()));
        return group.expected() == 0 ? 0 : (double) group.present() / group.expected();
    }

    /**
     * Per sign-up of the group: the sessions held while it had a place and how many of those the parent
     * was present at (a late joiner is expected only from joining on). They add up to the group's opkomst.
     */
    @Transactional(readOnly = true)
    Map<Long, Share> perSignup(long groupId) {
        Map<Long, Share> shares = new java.util.HashMap<>();
        jdbc.query(PER_SIGNUP, Map.of("group", groupId, "now", Timestamp.from(clock.instant())), rs -> {
            shares.put(rs.getLong("registration"), new Share(rs.getInt("present"), rs.getInt("expected")));
        });
        return shares;
    }
}
