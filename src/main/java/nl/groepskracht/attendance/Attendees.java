package nl.groepskracht.attendance;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came: the sign-ups of a group marked present at one or more of its sessions. For jobs of other
 * modules (the evaluation asks only parents who attended); no access check, no names.
 */
@Component
@nl.groepskracht.base.AccessRule("no person: other modules' jobs (evaluation invitations) ask who came, as ids")
public class Attendees {

    private final JdbcTemplate jdbc;

    Attendees(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Set<Long> presentAtLeastOnce(long groupId) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT DISTINCT a.registration_id FROM attendance a JOIN group_session s ON s.id = a.session_id
                WHERE s.group_id = ? AND s.status = 'PLANNED' AND a.status = 'PRESENT'""", Long.class, groupId));
    }
}
