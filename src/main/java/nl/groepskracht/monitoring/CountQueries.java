package nl.groepskracht.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.monitoring.CountTable.GroupCount;
import nl.groepskracht.monitoring.FigureQueries.Key;
import nl.groepskracht.signup.Toeleiding;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The counts of a whole period, unfiltered, as the tables of its views publish them (per group, per
 * wijk × theme, per wijk, per theme, in total; {@code WITH ROLLUP}): what {@link Suppression} protects.
 * Families are counted once per number, as on the dashboard.
 */
@Component
class CountQueries {

    static final String FAMILIES = "families";
    static final String PRESENT = "present";
    static final String EXCUSED = "excused";
    static final String DROPPED = "dropped";
    static final String NO_SHOW = "no_show";
    static final String PLACES = "places";
    static final String REFILLED = "refilled";
    static final String WAITING = "waiting";

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureQueries figures;

    CountQueries(NamedParameterJdbcTemplate jdbc, FigureQueries figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** The name of the count of families per toeleiding answer ({@link FigureAssembly#UNKNOWN}: none given). */
    static String toeleiding(String answer) {
        return "t_" + answer;
    }

    static String referral(long organisation) {
        return "r_" + organisation;
    }

    /** Families reached, dropped out, never came and per toeleiding answer and referring organisation. */
    Map<String, CountTable> places(MonitoringFilter period) {
        List<String> columns = new ArrayList<>(List.of("COUNT(DISTINCT pf.family) AS " + FAMILIES,
                "COUNT(DISTINCT CASE WHEN pf.dropped_out_at < :to THEN pf.family END) AS " + DROPPED,
                "COUNT(DISTINCT CASE WHEN pf.first_present_at IS NULL OR pf.first_present_at >= :to THEN pf.family"
                        + " END) AS " + NO_SHOW,
                "COUNT(DISTINCT CASE WHEN pf.toeleiding IS NULL THEN pf.family END) AS "
                        + toeleiding(FigureAssembly.UNKNOWN)));
        for (Toeleiding answer : Toeleiding.values()) {
            columns.add("COUNT(DISTINCT CASE WHEN pf.toeleiding = '" + answer.name() + "' THEN pf.family END) AS "
                    + toeleiding(answer.name()));
        }
        var params = figures.params(period);
        for (Long organisation : jdbc.queryForList("SELECT DISTINCT pf.referral_organisation_id"
                + " FROM monitoring_place_fact pf WHERE pf.referral_organisation_id IS NOT NULL AND"
                + FigureQueries.IN_PERIOD, params, Long.class)) {
            columns.add("COUNT(DISTINCT CASE WHEN pf.referral_organisation_id = " + organisation
                    + " THEN pf.family END) AS " + referral(organisation));
        }
        return rollup(String.join(", ", columns), " FROM monitoring_place_fact pf JOIN parent_group g"
                + " ON g.id = pf.group_id WHERE" + FigureQueries.IN_PERIOD, params);
    }

    /** Families reached alone (a month's table). */
    CountTable families(MonitoringFilter period) {
        return rollup("COUNT(DISTINCT pf.family) AS " + FAMILIES, " FROM monitoring_place_fact pf JOIN parent_group g"
                + " ON g.id = pf.group_id WHERE" + FigureQueries.IN_PERIOD, figures.params(period))
                .getOrDefault(FAMILIES, CountTable.empty());
    }

    /** Families present at a session held in the period, and families who sent word they could not come. */
    Map<String, CountTable> marks(MonitoringFilter period) {
        var marks = figures.markSql();
        return rollup(marks.columns(), marks.from(), figures.params(period));
    }

    /** Who waits now for a group that can still give a place. */
    Map<String, CountTable> waiting(MonitoringFilter period) {
        return rollup("COUNT(DISTINCT p.family_key) AS " + WAITING, " FROM registration r JOIN parent_group g"
                + " ON g.id = r.group_id JOIN participant p ON p.id = r.participant_id WHERE r.status = 'WAITLISTED'"
                + " AND " + FigureQueries.CAN_GIVE_A_PLACE, figures.params(period));
    }

    /** Vulling's places per group (most at once, and taken after the start); places add up. */
    Map<String, CountTable> filling(MonitoringFilter period) {
        Map<Long, GroupCount> peak = new HashMap<>();
        Map<Long, GroupCount> refilled = new HashMap<>();
        figures.fillingPerGroup(period).forEach(row -> {
            peak.put(row.group(), new GroupCount(row.wijk(), row.theme(), row.peak()));
            refilled.put(row.group(), new GroupCount(row.wijk(), row.theme(), row.refilled()));
        });
        return Map.of(PLACES, CountTable.summed(peak), REFILLED, CountTable.summed(refilled));
    }

    /** Families reached per calendar month of the period (whole months), from the read model's months. */
    Map<YearMonth, CountTable> months(YearMonth first, YearMonth last) {
        var params = new MapSqlParameterSource("a", MonthKeys.of(first)).addValue("b", MonthKeys.of(last));
        Map<Integer, Tables> perMonth = new HashMap<>();
        String from = " FROM monitoring_family_month fm JOIN parent_group g ON g.id = fm.group_id"
                + " WHERE fm.month_key BETWEEN :a AND :b";
        jdbc.query("SELECT fm.month_key AS m, g.wijk_id AS w, g.theme_id AS t, g.id AS gid, COUNT(DISTINCT fm.family)"
                + " AS " + FAMILIES + from + " GROUP BY fm.month_key, g.wijk_id, g.theme_id, g.id WITH ROLLUP", params,
                rs -> {
                    if (rs.getObject("m") != null) {
                        perMonth.computeIfAbsent(rs.getInt("m"), k -> new Tables()).add(rs, List.of(FAMILIES), true);
                    }
                });
        jdbc.query("SELECT fm.month_key AS m, g.theme_id AS t, COUNT(DISTINCT fm.family) AS " + FAMILIES + from
                + " GROUP BY fm.month_key, g.theme_id", params, rs -> {
                    perMonth.computeIfAbsent(rs.getInt("m"), k -> new Tables()).add(rs, List.of(FAMILIES), false);
                });
        Map<YearMonth, CountTable> result = new HashMap<>();
        perMonth.forEach((key, tables) -> result.put(YearMonth.of(key / 100, key % 100), tables.build().get(FAMILIES)));
        return result;
    }

    private Map<String, CountTable> rollup(String columns, String from, MapSqlParameterSource params) {
        var tables = new Tables();
        List<String> names = new ArrayList<>();
        jdbc.query("SELECT g.wijk_id AS w, g.theme_id AS t, g.id AS gid, " + columns + from
                + " GROUP BY g.wijk_id, g.theme_id, g.id WITH ROLLUP", params, rs -> {
                    if (names.isEmpty()) {
                        for (int c = 4; c <= rs.getMetaData().getColumnCount(); c++) {
                            names.add(rs.getMetaData().getColumnLabel(c));
                        }
                    }
                    tables.add(rs, names, true);
                });
        jdbc.query("SELECT g.theme_id AS t, " + columns + from + " GROUP BY g.theme_id", params, rs -> {
            tables.add(rs, names, false);
        });
        return tables.build();
    }

    /** Rows of the two queries gathered into one table per count. */
    private static final class Tables {

        private final Map<String, Map<Long, GroupCount>> groups = new HashMap<>();
        private final Map<String, Map<Key, Long>> cells = new HashMap<>();
        private final Map<String, Map<Long, Long>> wijken = new HashMap<>();
        private final Map<String, Map<Long, Long>> themes = new HashMap<>();
        private final Map<String, Long> totals = new HashMap<>();

        void add(ResultSet rs, List<String> names, boolean rolledUp) throws SQLException {
            for (String name : names) {
                long value = rs.getLong(name);
                if (!rolledUp) {
                    themes.computeIfAbsent(name, k -> new HashMap<>()).put(rs.getLong("t"), value);
                } else if (rs.getObject("w") == null) {
                    totals.put(name, value);
                } else if (rs.getObject("t") == null) {
                    wijken.computeIfAbsent(name, k -> new HashMap<>()).put(rs.getLong("w"), value);
                } else if (rs.getObject("gid") == null) {
                    cells.computeIfAbsent(name, k -> new HashMap<>()).put(new Key(rs.getLong("w"), rs.getLong("t")),
                            value);
                } else {
                    groups.computeIfAbsent(name, k -> new HashMap<>()).put(rs.getLong("gid"),
                            new GroupCount(rs.getLong("w"), rs.getLong("t"), value));
                }
            }
        }

        Map<String, CountTable> build() {
            Map<String, CountTable> result = new HashMap<>();
            groups.forEach((name, perGroup) -> result.put(name, new CountTable(perGroup,
                    cells.getOrDefault(name, Map.of()), wijken.getOrDefault(name, Map.of()),
                    themes.getOrDefault(name, Map.of()), totals.getOrDefault(name, 0L))));
            return result;
        }
    }
}
