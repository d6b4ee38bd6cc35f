package nl.groepskracht.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.Roles;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.group.SignupMode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facilitator's start page: per own group that takes sign-ups, who signed up lately and who waits. */
@Service
@PreAuthorize(Roles.ONLY_FACILITATOR)
public class SignupOverview {

    /** Sign-ups of the last week count as new. */
    static final Duration RECENT = Duration.ofDays(7);

    private final RegistrationRepository registrations;
    private final GroupService groups;
    private final Clock clock;

    SignupOverview(RegistrationRepository registrations, GroupService groups,
            Clock clock) {
        this.registrations = registrations;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * One of the facilitator's groups: places taken of its capacity (null: no limit), the waiting list,
     * sign-ups not yet confirmed by the parent, and sign-ups of the last week (not cancelled).
     */
    public record GroupSignups(long groupId, String groupName, GroupStatus status, boolean walkIn, int confirmed,
            Integer capacity,
            int waiting, int unconfirmed, int recent) {
    }

    /** The facilitator's open and running groups (not those closed or over), drafts last, then by name. */
    @Transactional(readOnly = true)
    public List<GroupSignups> mine() {
        List<GroupDetails> mine = groups.mine().stream()
                .filter(g -> g.status() != GroupStatus.CLOSED && g.status() != GroupStatus.FINISHED).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        Instant since = clock.instant().minus(RECENT);
        Map<Long, Map<RegistrationStatus, RegistrationRepository.StatusCount>> counts = new HashMap<>();
        for (var count : registrations.statusCounts(mine.stream().map(GroupDetails::id).toList(), since)) {
            counts.computeIfAbsent(count.getGroupId(), id -> new EnumMap<>(RegistrationStatus.class))
                    .put(count.getStatus(), count);
        }
        return mine.stream().map(g -> {
            var of = counts.getOrDefault(g.id(), Map.of());
            int recent = (int) of.entrySet().stream().filter(e -> e.getKey() != RegistrationStatus.CANCELLED)
                    .mapToLong(e -> e.getValue().getRecent()).sum();
            return new GroupSignups(g.id(), g.name(), g.status(), g.signupMode() == SignupMode.WALK_IN,
                    total(of, RegistrationStatus.CONFIRMED),
                    g.capacity(), total(of, RegistrationStatus.WAITLISTED), total(of, RegistrationStatus.PENDING),
                    recent);
        }).sorted(Comparator.comparing((GroupSignups s) -> s.status() == GroupStatus.DRAFT)
                .thenComparing(GroupSignups::groupName)).toList();
    }

    private static int total(Map<RegistrationStatus, RegistrationRepository.StatusCount> of,
            RegistrationStatus status) {
        var count = of.get(status);
        return count == null ? 0 : (int) count.getTotal();
    }
}
