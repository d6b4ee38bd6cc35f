package nl.groepskracht.signup;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.groepskracht.directory.DirectoryLists;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public offer for parents: open groups with their coming sessions and places left. */
@Service
@Transactional(readOnly = true)
@nl.groepskracht.base.AccessRule("anyone: the public offer")
public class OfferService {

    private final GroupService groups;
    private final ScheduleService schedule;
    private final DirectoryService directory;
    private final RegistrationRepository registrations;
    private final Clock clock;

    OfferService(GroupService groups, ScheduleService schedule, DirectoryService directory,
            RegistrationRepository registrations, Clock clock) {
        this.groups = groups;
        this.schedule = schedule;
        this.directory = directory;
        this.registrations = registrations;
        this.clock = clock;
    }

    public static final int PAGE_SIZE = 20;

    /** One page of the offer (page 0 first). */
    public Page<OfferCard> offer(Long wijkId, Long themeId, int page) {
        return offer(wijkId, themeId, page, directory.lists());
    }

    /** The same, naming themes, wijken and organisations from these lists (read once for many pages). */
    public Page<OfferCard> offer(Long wijkId, Long themeId, int page, DirectoryLists lists) {
        Page<GroupDetails> found = groups.openGroups(wijkId, themeId, Math.max(0, page), PAGE_SIZE);
        List<GroupDetails> open = found.getContent();
        Map<Long, List<SessionInfo>> sessions = schedule.sessionsOfGroups(open.stream().map(GroupDetails::id)
                .toList()).stream().filter(this::coming).collect(Collectors.groupingBy(SessionInfo::groupId));
        Names names = names(lists);
        Map<Long, Long> taken = open.isEmpty() ? Map.of()
                : registrations.takenPlaces(open.stream().map(GroupDetails::id).toList()).stream()
                        .collect(Collectors.toMap(RegistrationRepository.TakenPlaces::getGroupId,
                                RegistrationRepository.TakenPlaces::getTaken));
        return found.map(group -> card(group, sessions.getOrDefault(group.id(), List.of()),
                taken.getOrDefault(group.id(), 0L).intValue(), names));
    }

    public Optional<OfferCard> card(long groupId) {
        return card(groupId, directory.lists());
    }

    public Optional<OfferCard> card(long groupId, DirectoryLists lists) {
        Names names = names(lists);
        return groups.openGroup(groupId).map(group -> card(group, schedule.sessionsOfGroups(List.of(groupId))
                .stream().filter(this::coming).toList(),
                registrations.countByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED), names));
    }

    /** Every theme, wijk and organisation, in one statement: the offer's names and filters. */
    public DirectoryLists lists() {
        return directory.lists();
    }

    private OfferCard card(GroupDetails group, List<SessionInfo> sessions, int taken, Names names) {
        int places = group.capacity() == null ? 0 : Math.max(0, group.capacity() - taken);
        Long organisation = group.contact().organisationId();
        return new OfferCard(group, names.themes().get(group.themeId()), names.wijken().get(group.wijkId()),
                organisation == null ? null : names.organisations().get(organisation), sessions, places);
    }

    private boolean coming(SessionInfo session) {
        return !session.isCancelled() && session.start().toInstant().isAfter(clock.instant());
    }

    private static Names names(DirectoryLists lists) {
        return new Names(lists.themeNames(), lists.wijkNames(), lists.organisationNames());
    }

    private record Names(Map<Long, String> themes, Map<Long, String> wijken, Map<Long, String> organisations) {
    }
}
