package nl.groepskracht.evaluation;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parents' own words. Listed per question in alphabetical order, never in the order they came in
 * (which could tell who wrote what); the adviseur marks some as quotes for the impact report.
 */
@Component
class OpenAnswers {

    private final NamedParameterJdbcTemplate jdbc;

    OpenAnswers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<GroupResults.Answer> of(long groupId, OpenField field) {
        return jdbc.query("SELECT id, " + field.column() + ", " + field.quoteColumn() + " FROM evaluation_answer"
                + " WHERE group_id = :group AND " + field.column() + " IS NOT NULL ORDER BY " + field.column() + ", id",
                Map.of("group", groupId), (rs, i) -> new GroupResults.Answer(rs.getLong(1), field, rs.getString(2),
                        rs.getBoolean(3)));
    }

    /** Quotes of these groups (only groups with enough answers are passed in), per theme, at most {@code max}. */
    List<Quote> quotes(List<Long> groupIds, int max) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT g.theme_id, a.most_valuable AS text, 1 AS field FROM evaluation_answer a
                  JOIN parent_group g ON g.id = a.group_id WHERE a.quote_most_valuable AND a.group_id IN (:groups)
                UNION ALL
                SELECT g.theme_id, a.could_be_better, 2 FROM evaluation_answer a
                  JOIN parent_group g ON g.id = a.group_id WHERE a.quote_could_be_better AND a.group_id IN (:groups)
                ORDER BY 1, 3, 2 LIMIT :max""", new MapSqlParameterSource("groups", groupIds).addValue("max", max),
                (rs, i) -> new Quote(rs.getLong(1), rs.getInt(3) == 1 ? OpenField.MOST_VALUABLE
                        : OpenField.COULD_BE_BETTER, rs.getString(2)));
    }

    boolean mark(long answerId, OpenField field, boolean quoted) {
        return jdbc.update("UPDATE evaluation_answer SET " + field.quoteColumn() + " = :quoted WHERE id = :id AND "
                + field.column() + " IS NOT NULL", new MapSqlParameterSource("quoted", quoted).addValue("id", answerId))
                == 1;
    }

    long groupOf(long answerId) {
        return jdbc.queryForObject("SELECT group_id FROM evaluation_answer WHERE id = :id", Map.of("id", answerId),
                Long.class);
    }
}
