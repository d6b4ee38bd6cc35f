package nl.groepskracht.schedule;

import java.time.LocalDate;
import java.util.List;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.group.GroupService;
import org.springframework.stereotype.Component;

/** Keeps a group's period (first and last planned date) up to date for filtering, after every change. */
@Component
class GroupPeriods {

    private final GroupSessionRepository sessions;
    private final GroupService groups;

    GroupPeriods(GroupSessionRepository sessions, GroupService groups) {
        this.sessions = sessions;
        this.groups = groups;
    }

    void record(long groupId) {
        List<GroupSession> planned = sessions.findByGroupIdOrderByStartsAt(groupId).stream()
                .filter(s -> s.getStatus() == SessionStatus.PLANNED).toList();
        LocalDate first = planned.isEmpty() ? null : planned.getFirst().getStartsAt().atZone(AppZone.ID).toLocalDate();
        LocalDate last = planned.isEmpty() ? null : planned.getLast().getStartsAt().atZone(AppZone.ID).toLocalDate();
        groups.recordSchedule(groupId, first, last);
    }
}
