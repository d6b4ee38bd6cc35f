package nl.groepskracht.monitoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Figures per calendar month (Amsterdam time) of the period, from the read model. */
@Component
class TrendQueries {

    record MonthRow(long groups, long expected, long present) {
        static final MonthRow NONE = new MonthRow(0, 0, 0);
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureQueries figures;

    TrendQueries(NamedParameterJdbcTemplate jdbc, FigureQueries figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Reach, opkomst and groups with a session held, per calendar month of the period. */
    List<TrendPoint> points(MonitoringFilter filter) {
        var sessions = sessions(filter);
        var families = families(filter);
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1)) {
            int key = MonthKeys.of(m);
            long reached = families.getOrDefault(key, 0L);
            var month = sessions.getOrDefault(key, MonthRow.NONE);
            points.add(new TrendPoint(m, Figure.count(reached, reached),
                    Figure.share(month.present(), month.expected(), reached), Figure.plain(month.groups())));
        }
        return points;
    }

    /** Groups with a session held, and the opkomst counts, per month key. */
    Map<Integer, MonthRow> sessions(MonitoringFilter filter) {
        Map<Integer, MonthRow> result = new HashMap<>();
        jdbc.query("SELECT sf.month_key, COUNT(DISTINCT sf.group_id), SUM(sf.expected), SUM(sf.present)"
                + " FROM monitoring_session_fact sf JOIN parent_group g ON g.id = sf.group_id"
                + " WHERE sf.starts_at >= :from AND sf.starts_at < :to" + FigureQueries.groups(filter)
                + " GROUP BY sf.month_key", figures.params(filter), rs -> {
                    result.put(rs.getInt(1), new MonthRow(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return result;
    }

    /** Families with a place at a session held in the month, per month key. */
    Map<Integer, Long> families(MonitoringFilter filter) {
        Map<Integer, Long> result = new HashMap<>();
        String groups = FigureQueries.groups(filter);
        jdbc.query("SELECT fm.month_key, COUNT(DISTINCT fm.family) FROM monitoring_family_month fm"
                + (groups.isEmpty() ? "" : " JOIN parent_group g ON g.id = fm.group_id")
                + " WHERE fm.month_key BETWEEN :firstMonth AND :lastMonth" + groups + " GROUP BY fm.month_key",
                figures.params(filter)
                .addValue("firstMonth", MonthKeys.of(YearMonth.from(filter.from())))
                .addValue("lastMonth", MonthKeys.of(YearMonth.from(filter.to()))), rs -> {
                    result.put(rs.getInt(1), rs.getLong(2));
                });
        return result;
    }
}
