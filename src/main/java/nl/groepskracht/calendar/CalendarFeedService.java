package nl.groepskracht.calendar;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.SecureTokens;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private subscription feeds: each professional has a secret URL with all sessions of their groups,
 * which a calendar app can subscribe to. The token is the only key, so it is long and random.
 */
@Service
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final ProfessionalDirectory professionals;
    private final GroupService groups;
    private final ScheduleService schedule;
    private final FeedWriter ics;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, ProfessionalDirectory professionals, GroupService groups,
            ScheduleService schedule, FeedWriter ics, Clock clock) {
        this.feeds = feeds;
        this.professionals = professionals;
        this.groups = groups;
        this.schedule = schedule;
        this.ics = ics;
        this.clock = clock;
    }

    /** When the signed-in professional's feed was made (empty: none yet). Its URL cannot be shown again. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ACTIVE)
    public Optional<Instant> myFeedSince() {
        return feeds.findById(professionals.requireCurrent().id()).map(CalendarFeed::getCreatedAt);
    }

    /** A new secret token for the signed-in professional's feed, returned once; an earlier URL stops working. */
    @Transactional
    @PreAuthorize(Roles.ACTIVE)
    public String newFeedToken() {
        long me = professionals.requireCurrent().id();
        String token = SecureTokens.newToken();
        CalendarFeed feed = feeds.findById(me).orElseGet(() -> new CalendarFeed(me, null, clock.instant()));
        feed.replace(SecureTokens.hash(token), professionals.facilitatorVersion(me).orElse(-1), clock.instant());
        feeds.save(feed);
        return token;
    }

    /**
     * The feed for a token, or empty for an unknown token, or an account that is no longer an active
     * facilitator or changed since the feed was made (another e-mail address, role or password): the
     * caller answers 404, revealing nothing.
     */
    @Transactional(readOnly = true)
    @nl.groepskracht.base.AccessRule("anyone holding the feed's secret token (the subscription URL)")
    public Optional<String> feed(String token) {
        if (!SecureTokens.looksValid(token)) {
            return Optional.empty();
        }
        byte[] hash = SecureTokens.hash(token);
        return feeds.findByTokenHash(hash)
                .filter(feed -> MessageDigest.isEqual(feed.getTokenHash(), hash))
                .filter(feed -> professionals.facilitatorVersion(feed.getUserId())
                        .filter(version -> version == feed.getSecurityVersion()).isPresent())
                .map(feed -> feedOf(feed.getUserId()));
    }

    private String feedOf(long userId) {
        List<Long> groupIds = groups.groupIdsFacilitatedBy(userId);
        Map<Long, String> names = groupIds.stream().collect(Collectors.toMap(id -> id, id -> groups.ref(id).name()));
        return ics.feed(schedule.sessionsOfGroups(groupIds), names, Languages.DUTCH);
    }

}
