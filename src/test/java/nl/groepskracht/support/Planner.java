package nl.groepskracht.support;

import static nl.groepskracht.support.Accounts.as;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import org.springframework.stereotype.Component;

/** A facilitator's groups and single sessions on chosen days, made through the services as they would. */
@Component
public class Planner {

    private final GroupService groups;
    private final ScheduleService schedule;
    private final DirectoryService directory;

    Planner(GroupService groups, ScheduleService schedule, DirectoryService directory) {
        this.groups = groups;
        this.schedule = schedule;
        this.directory = directory;
    }

    /** A draft group with sign-up and this many places (walk-in when {@code capacity} is null). */
    public long group(Professional who, String name, Integer capacity) {
        GroupDraft draft = Fixtures.group(directory, capacity == null ? "spelinloop" : "echtscheiding", Set.of());
        draft.setName(name + " " + System.nanoTime());
        draft.setSignupMode(capacity == null ? SignupMode.WALK_IN : SignupMode.REGISTRATION);
        draft.setCapacity(capacity);
        return as(who, () -> groups.create(draft));
    }

    /** A session of 90 minutes. */
    public long session(Professional who, long groupId, LocalDate date, LocalTime start) {
        return as(who, () -> schedule.addSession(groupId, Fixtures.session(date, start, start.plusMinutes(90))));
    }

    public void open(Professional who, long groupId) {
        as(who, () -> groups.open(groupId));
    }
}
