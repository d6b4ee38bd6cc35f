package nl.groepskracht.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.groepskracht.monitoring.MonitoringFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Groups whose parents were asked, a page at a time: the most recently ended first. */
@Component
class EvaluatedGroups {

    record Row(long id, String name, long themeId, long wijkId, LocalDate endsOn) {
    }

    private static final String ASKED = " AND EXISTS (SELECT 1 FROM evaluation_invitation i WHERE i.group_id = g.id"
            + " UNION ALL SELECT 1 FROM evaluation_answer a WHERE a.group_id = g.id)";
    private final NamedParameterJdbcTemplate jdbc;

    EvaluatedGroups(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page<Row> facilitatedBy(long userId, Pageable page) {
        return page(" AND EXISTS (SELECT 1 FROM group_facilitator gf WHERE gf.group_id = g.id AND gf.user_id = :me)",
                new MapSqlParameterSource("me", userId), page);
    }

    Page<Row> inSelection(MonitoringFilter filter, Instant now, Pageable page) {
        return page(AnswerQueries.HELD_IN_PERIOD + filter.groupConditions(), AnswerQueries.params(filter, now), page);
    }

    private Page<Row> page(String where, MapSqlParameterSource params, Pageable page) {
        String from = " FROM parent_group g WHERE 1 = 1" + ASKED + where;
        long total = jdbc.queryForObject("SELECT COUNT(*)" + from, params, Long.class);
        List<Row> rows = jdbc.query("SELECT g.id, g.name, g.theme_id, g.wijk_id, g.ends_on" + from
                + " ORDER BY g.ends_on DESC, g.id DESC LIMIT :limit OFFSET :offset",
                params.addValue("limit", page.getPageSize()).addValue("offset", page.getOffset()),
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class)));
        return new PageImpl<>(rows, page, total);
    }
}
