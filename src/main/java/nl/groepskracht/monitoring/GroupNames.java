package nl.groepskracht.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Name, wijk, theme and sign-up mode of groups, read without loading them. */
@Component
class GroupNames {

    record GroupName(long id, String name, long wijkId, long themeId, boolean walkIn) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    GroupNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, GroupName> of(Collection<Long> ids) {
        Map<Long, GroupName> result = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("SELECT id, name, wijk_id, theme_id, signup_mode FROM parent_group WHERE id IN (:ids)",
                    Map.of("ids", ids), rs -> {
                        result.put(rs.getLong(1), new GroupName(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                rs.getLong(4), "WALK_IN".equals(rs.getString(5))));
                    });
        }
        return result;
    }
}
