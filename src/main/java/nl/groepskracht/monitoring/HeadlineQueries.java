package nl.groepskracht.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The headline's own figures: waiting times, toeleiding, referrals, and households per wijk. */
@Component
class HeadlineQueries {

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureQueries figures;

    HeadlineQueries(NamedParameterJdbcTemplate jdbc, FigureQueries figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Days each parent who got a place in the period from a waiting list had waited. */
    List<Double> waitedDays(MonitoringFilter filter) {
        return jdbc.queryForList("SELECT TIMESTAMPDIFF(SECOND, r.waitlisted_at, r.confirmed_at) / 86400.0"
                + " FROM registration r JOIN parent_group g ON g.id = r.group_id WHERE r.waitlisted_at IS NOT NULL"
                + " AND r.confirmed_at >= :from AND r.confirmed_at < :to" + FigureQueries.groups(filter),
                figures.params(filter), Double.class);
    }

    /** Families per answer to "how did you find the group" (null: not answered) among those reached. */
    Map<String, Long> toeleiding(MonitoringFilter filter) {
        Map<String, Long> result = new HashMap<>();
        jdbc.query("SELECT pf.toeleiding, COUNT(DISTINCT pf.family) FROM monitoring_place_fact pf"
                + " JOIN parent_group g ON g.id = pf.group_id WHERE" + FigureQueries.IN_PERIOD
                + FigureQueries.groups(filter) + " GROUP BY pf.toeleiding", figures.params(filter), rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }

    /** Families reached through a verwijslink, per referring organisation id. */
    Map<Long, Long> referrals(MonitoringFilter filter) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query("SELECT pf.referral_organisation_id, COUNT(DISTINCT pf.family) FROM monitoring_place_fact pf"
                + " JOIN parent_group g ON g.id = pf.group_id WHERE pf.referral_organisation_id IS NOT NULL AND"
                + FigureQueries.IN_PERIOD + FigureQueries.groups(filter) + " GROUP BY pf.referral_organisation_id",
                figures.params(filter), rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    /** Households with children per wijk: the figure of the period's first year, or the latest before it. */
    Map<Long, Integer> households(int year) {
        Map<Long, Integer> result = new HashMap<>();
        jdbc.query("SELECT h.wijk_id, h.households_with_children FROM wijk_households h WHERE h.year ="
                + " (SELECT MAX(h2.year) FROM wijk_households h2 WHERE h2.wijk_id = h.wijk_id AND h2.year <= :year)",
                Map.of("year", year), rs -> {
                    result.put(rs.getLong(1), rs.getInt(2));
                });
        return result;
    }
}
