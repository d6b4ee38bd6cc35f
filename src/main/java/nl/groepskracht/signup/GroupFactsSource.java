package nl.groepskracht.signup;

import java.time.Clock;
import java.util.List;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a group's {@link GroupFacts} for a parent's page or e-mail (no access check: parents have no account). */
@Component
class GroupFactsSource {

    private final GroupService groups;
    private final ScheduleService schedule;
    private final Clock clock;

    GroupFactsSource(GroupService groups, ScheduleService schedule, Clock clock) {
        this.groups = groups;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    GroupFacts of(long groupId) {
        GroupRef group = groups.ref(groupId);
        return new GroupFacts(groupId, group.name(), group.location(), group.contact(), coming(groupId));
    }

    /** The group's sessions still to come, cancelled ones left out. */
    List<SessionInfo> coming(long groupId) {
        return schedule.sessionsOfGroups(List.of(groupId)).stream()
                .filter(s -> !s.isCancelled() && s.start().toInstant().isAfter(clock.instant())).toList();
    }
}
