package nl.groepskracht.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.monitoring.FigureQueries.Dim;
import nl.groepskracht.monitoring.FigureQueries.FamilyRow;
import nl.groepskracht.monitoring.FigureQueries.Key;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Figures per calendar month (Amsterdam time) of the period, each month clipped to the period (a
 * custom period that starts or ends mid-month counts only its own days, for reach as for opkomst) and
 * ending with the month of today: months that have not begun have no figures to draw.
 */
@Component
class TrendQueries {

    record MonthRow(long groups, long expected, long present, long adults, long children, long held) {
        static final MonthRow NONE = new MonthRow(0, 0, 0, 0, 0, 0);
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureQueries figures;
    private final SelectionFigures selections;
    private final KeptReads kept;
    private final Clock clock;

    TrendQueries(NamedParameterJdbcTemplate jdbc, FigureQueries figures, SelectionFigures selections, KeptReads kept,
            Clock clock) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.selections = selections;
        this.kept = kept;
        this.clock = clock;
    }

    /** Reach, opkomst, groups with a session held, walk-in visits and sessions, per month of the period. */
    List<TrendPoint> points(MonitoringFilter filter, PeriodProtection protection) {
        List<MonitoringFilter> months = Protections.monthsOf(filter, LocalDate.now(clock.withZone(AppZone.ID)));
        List<TrendPoint> points = new ArrayList<>();
        if (months.isEmpty()) {
            return points;
        }
        Map<Integer, MonthRow> sessions = kept.counts("month sessions", ReadModel.Part.SESSIONS, filter, null, protection, () -> sessions(filter));
        Map<Integer, Long> whole = kept.counts("month families", ReadModel.Part.MONTHS, filter, null, protection, () -> families(filter));
        List<Long> groups = figures.groupsBy(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, List.of());
        for (MonitoringFilter month : months) {
            YearMonth m = YearMonth.from(month.from());
            int key = MonthKeys.of(m);
            long reached = Protections.wholeMonth(month) ? whole.getOrDefault(key, 0L)
                    : selections.families(month, Dim.TOTAL, protection).getOrDefault(Key.TOTAL, FamilyRow.NONE)
                            .families();
            var row = sessions.getOrDefault(key, MonthRow.NONE);
            boolean shown = protection.showsMonth(m, groups);
            points.add(new TrendPoint(m, month.from(), month.to(), Figure.count(reached, reached).withheldIf(!shown),
                    Figure.share(row.present(), row.expected(), reached).withheldIf(!shown),
                    Figure.plain(row.groups()), Figure.plain(row.adults()), Figure.plain(row.children()),
                    Figure.plain(row.held())));
        }
        return points;
    }

    /** Groups with a session held, the opkomst counts, walk-in head counts and sessions, per month key. */
    private Map<Integer, MonthRow> sessions(MonitoringFilter filter) {
        Map<Integer, MonthRow> result = new HashMap<>();
        jdbc.query("SELECT sf.month_key, COUNT(DISTINCT sf.group_id), SUM(sf.expected), SUM(sf.present),"
                + " SUM(sf.adults), SUM(sf.children), COUNT(*)"
                + " FROM monitoring_session_fact sf JOIN parent_group g ON g.id = sf.group_id"
                + " WHERE sf.starts_at >= :from AND sf.starts_at < :to" + FigureQueries.groups(filter)
                + " GROUP BY sf.month_key", figures.params(filter), rs -> {
                    result.put(rs.getInt(1), new MonthRow(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)));
                });
        return result;
    }

    /** Families with a place at a session held in the month, per month key (whole months). */
    private Map<Integer, Long> families(MonitoringFilter filter) {
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
