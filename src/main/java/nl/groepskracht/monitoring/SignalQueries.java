package nl.groepskracht.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.groepskracht.monitoring.FigureQueries.Key;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Open demand signals per wijk and theme (noticed by the end of the period, not yet taken up). */
@Component
class SignalQueries {

    record SignalRow(long signals, long families, LocalDate lastNoticed) {
        static final SignalRow NONE = new SignalRow(0, 0, null);
    }

    private final NamedParameterJdbcTemplate jdbc;

    SignalQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per wijk × theme ({@code byCell}) or in total; a filter on one group shows no signals. */
    Map<Key, SignalRow> open(MonitoringFilter filter, boolean byCell) {
        Map<Key, SignalRow> result = new HashMap<>();
        if (filter.groupId() != null) {
            return result;
        }
        String keys = byCell ? "d.wijk_id AS k1, d.theme_id AS k2" : "0 AS k1, 0 AS k2";
        var params = new MapSqlParameterSource("last", filter.to()).addValue("wijk", filter.wijkId())
                .addValue("theme", filter.themeId()).addValue("organisation", filter.organisationId())
                .addValue("wijken", filter.wijkIds()).addValue("themes", filter.themeIds());
        jdbc.query("SELECT " + keys + ", COUNT(*) AS n, SUM(d.families) AS families, MAX(d.noticed_on) AS latest"
                + " FROM monitoring_demand_signal d WHERE d.status = 'OPEN' AND d.noticed_on <= :last"
                + (filter.wijkId() == null ? "" : " AND d.wijk_id = :wijk")
                + (filter.themeId() == null ? "" : " AND d.theme_id = :theme")
                + (filter.wijkIds().isEmpty() ? "" : " AND d.wijk_id IN (:wijken)")
                + (filter.themeIds().isEmpty() ? "" : " AND d.theme_id IN (:themes)")
                + (filter.organisationId() == null ? "" : " AND d.organisation_id = :organisation")
                + " GROUP BY k1, k2", params, rs -> {
                    result.put(new Key(rs.getLong("k1"), rs.getLong("k2")), new SignalRow(rs.getLong("n"),
                            rs.getLong("families"), rs.getObject("latest", LocalDate.class)));
                });
        return result;
    }
}
