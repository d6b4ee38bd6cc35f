package nl.groepskracht.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Name, wijk and theme of groups, read without loading them. */
@Component
class GroupNames {

    record GroupName(long id, String name, long wijkId, long themeId) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    GroupNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, GroupName> of(Collection<Long> ids) {
        Map<Long, GroupName> result = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, name, wijk_id, theme_id FROM parent_group WHERE id IN (:ids)", Map.of("ids", ids),
                    rs -> {
                        result.put(rs.getLong(1), new GroupName(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                rs.getLong(4)));
                    });
        }
        return result;
    }
}
