package nl.groepskracht.calendar;

import java.util.List;
import nl.groepskracht.base.SecureTokens;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a group's timetable for a new calendar message and raises the group's SEQUENCE in the same
 * transaction (an atomic update on its row: concurrent changes never reuse a number), so every
 * calendar applies the newest message and ignores older ones. The event's UID is random, made with
 * the first message: it tells nothing about the group (a group's id leads to its public page).
 */
@Component
class GroupTimetables {

    private final GroupService groups;
    private final ScheduleService schedule;
    private final ProfessionalDirectory professionals;
    private final JdbcTemplate jdbc;
    private final String uidDomain;

    GroupTimetables(GroupService groups, ScheduleService schedule, ProfessionalDirectory professionals,
            JdbcTemplate jdbc, @Value("${groepskracht.calendar.uid-domain:groepskracht.local}") String uidDomain) {
        this.groups = groups;
        this.schedule = schedule;
        this.professionals = professionals;
        this.jdbc = jdbc;
        this.uidDomain = uidDomain;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    GroupTimetable forNewMessage(long groupId) {
        return load(groupId, raise(groupId));
    }

    /** The number and UID of a new message about the group: its SEQUENCE raised, on its row, until the commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    Stamp raise(long groupId) {
        jdbc.update("INSERT INTO group_calendar (group_id, sequence, uid) VALUES (?, 0, ?) "
                + "ON DUPLICATE KEY UPDATE sequence = sequence + 1", groupId, SecureTokens.newToken());
        return stamp(jdbc.queryForMap("SELECT sequence, uid FROM group_calendar WHERE group_id = ?", groupId), 0);
    }

    /**
     * The timetable the next message will carry if no other message about the group comes first, read without
     * raising anything (nor waiting for a lock); empty before the group's first message (its UID is not drawn yet).
     */
    java.util.Optional<GroupTimetable> next(long groupId) {
        return jdbc.queryForList("SELECT sequence, uid FROM group_calendar WHERE group_id = ?", groupId).stream()
                .findFirst().map(row -> load(groupId, stamp(row, 1)));
    }

    GroupTimetable load(long groupId, Stamp stamp) {
        GroupRef group = groups.ref(groupId);
        List<String> names = professionals.findAll(group.facilitatorIds()).stream().map(Professional::name)
                .sorted().toList();
        return new GroupTimetable(groupId, stamp.uid(), stamp.sequence(), group.name(), names,
                schedule.sessionsOfGroups(List.of(groupId)));
    }

    private Stamp stamp(java.util.Map<String, Object> row, int ahead) {
        return new Stamp(((Number) row.get("sequence")).intValue() + ahead, row.get("uid") + "@" + uidDomain);
    }

    /** What tells one message about a group from the others: its SEQUENCE and the group's UID. */
    record Stamp(int sequence, String uid) {
    }
}
