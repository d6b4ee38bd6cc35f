package nl.groepskracht.calendar;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** The signed-in professional's token, made on first use. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String myToken() {
        long me = professionals.requireCurrent().id();
        return feeds.findById(me)
                .orElseGet(() -> feeds.save(new CalendarFeed(me, newToken(), clock.instant())))
                .getToken();
    }

    /** A new token: the old URL stops working at once. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String regenerateMyToken() {
        long me = professionals.requireCurrent().id();
        CalendarFeed feed = feeds.findById(me).orElseGet(() -> new CalendarFeed(me, newToken(), clock.instant()));
        feed.replaceToken(newToken(), clock.instant());
        return feeds.save(feed).getToken();
    }

    /** The feed for a token, or empty for an unknown one (the caller answers 404, revealing nothing). */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (!SecureTokens.looksValid(token)) {
            return Optional.empty();
        }
        return feeds.findByToken(token)
                .filter(feed -> MessageDigest.isEqual(feed.getToken().getBytes(), token.getBytes()))
                .map(feed -> feedOf(feed.getUserId()));
    }

    private String feedOf(long userId) {
        List<Long> groupIds = groups.groupIdsFacilitatedBy(userId);
        Map<Long, String> names = groupIds.stream().collect(Collectors.toMap(id -> id, id -> groups.ref(id).name()));
        return ics.feed(schedule.sessionsOfGroups(groupIds), names, Languages.DUTCH);
    }

    private static String newToken() {
        return SecureTokens.newToken();
    }
}
