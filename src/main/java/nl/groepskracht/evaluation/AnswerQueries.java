package nl.groepskracht.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.groepskracht.monitoring.MonitoringFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The aggregate SQL over answers and invitations, grouped by group, theme, wijk or in total, for the
 * groups of a monitoring selection: groups with a session held in the period (the dashboard's
 * definition) and the filter's wijk, theme, organisation or group. Never reads a parent.
 */
@Component
class AnswerQueries {

    /** What the figures are grouped by. */
    enum By {
        GROUP("g.id"), THEME("g.theme_id"), WIJK("g.wijk_id"), TOTAL("0");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    static final String HELD_IN_PERIOD = " AND EXISTS (SELECT 1 FROM group_session s WHERE s.group_id = g.id"
            + " AND s.status = 'PLANNED' AND s.starts_at >= :from AND s.starts_at < :to AND s.starts_at < :now)";

    /**
     * Per theme, wijk or in total only groups with five or more answers count: a sum that included a
     * group below the threshold would give that group's answers away by subtraction from the groups shown.
     */
    static final String ENOUGH_ANSWERS = " AND g.id IN (SELECT e.group_id FROM evaluation_answer e"
            + " GROUP BY e.group_id HAVING COUNT(*) >= " + EvaluationPolicy.MIN_ANSWERS + ")";

    private final NamedParameterJdbcTemplate jdbc;

    AnswerQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Verdict.Tally> tallies(MonitoringFilter filter, Instant now, By by) {
        String scales = Stream.of(Question.values()).map(q -> "AVG(a." + q.column() + "), SUM(a." + q.column()
                + " >= 4)").collect(Collectors.joining(", "));
        Map<Long, Verdict.Tally> result = new HashMap<>();
        jdbc.query("SELECT " + by.column + " AS k, COUNT(*), " + scales + ", SUM(a.more_help = 'YES'),"
                + " SUM(a.more_help = 'NO'), SUM(a.more_help = 'UNSURE') FROM evaluation_answer a"
                + " JOIN parent_group g ON g.id = a.group_id WHERE 1 = 1" + HELD_IN_PERIOD + filter.groupConditions()
                + countable(by) + " GROUP BY k", params(filter, now), rs -> {
                    double[] means = new double[4];
                    long[] agreed = new long[4];
                    for (int i = 0; i < 4; i++) {
                        means[i] = rs.getDouble(3 + 2 * i);
                        agreed[i] = rs.getLong(4 + 2 * i);
                    }
                    result.put(rs.getLong(1), new Verdict.Tally(rs.getLong(2), means, agreed, rs.getLong(11),
                            rs.getLong(12), rs.getLong(13)));
                });
        return result;
    }

    Map<Long, Long> invited(MonitoringFilter filter, Instant now, By by) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("SELECT " + by.column + " AS k, COUNT(*) FROM evaluation_invitation i"
                + " JOIN parent_group g ON g.id = i.group_id WHERE 1 = 1" + HELD_IN_PERIOD + filter.groupConditions()
                + countable(by) + " GROUP BY k", params(filter, now), rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    private static String countable(By by) {
        return by == By.GROUP ? "" : ENOUGH_ANSWERS;
    }

    static MapSqlParameterSource params(MonitoringFilter filter, Instant now) {
        return filter.groupParameters().addValue("from", Timestamp.from(filter.start()))
                .addValue("to", Timestamp.from(filter.end())).addValue("now", Timestamp.from(now));
    }
}
