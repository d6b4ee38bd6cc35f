package nl.groepskracht.signup.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import nl.groepskracht.directory.DirectoryChanged;
import nl.groepskracht.directory.DirectoryLists;
import nl.groepskracht.group.GroupCapacityRaised;
import nl.groepskracht.group.GroupChanged;
import nl.groepskracht.group.GroupClosed;
import nl.groepskracht.schedule.SessionEvents;
import nl.groepskracht.signup.OfferCard;
import nl.groepskracht.signup.OfferService;
import nl.groepskracht.signup.PlacesChanged;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What every visitor of the public pages sees, read once and kept: the offer's pages, each group's card
 * (its page without the form and its token), per language, and the directory's lists (themes, wijken and
 * organisations: the cards' names and the filters), one for all languages. The pages are emptied after the commit
 * of any change that affects them (a group, its sessions, a place given or given up, a name in the directory);
 * the directory's lists only after a change in the directory, so a page read again after a place was taken costs
 * the groups, their sessions and places only. Those events reach only this node: on several portal nodes another
 * node's change shows here within {@link #TTL} at the latest, which is also how long a session that just began may
 * still be listed. A read that overlaps a change is not kept (the generation moved on while it read).
 */
@Component
class PublicOfferCache {

    /** How long a node keeps what it read at most; bounds what it shows of another node's changes. */
    static final Duration TTL = Duration.ofSeconds(10);
    private final OfferService offer;
    private final Kept pages = new Kept(2_000);
    private final Kept directory = new Kept(1);

    PublicOfferCache(OfferService offer) {
        this.offer = offer;
    }

    private record Key(String what, String language, List<Object> of) {
    }

    @SuppressWarnings("unchecked")
    Page<OfferCard> offer(Long wijk, Long theme, int page, Locale language) {
        return (Page<OfferCard>) pages.get(new Key("offer", language.getLanguage(),
                java.util.Arrays.asList(wijk, theme, page)), () -> offer.offer(wijk, theme, page, lists()));
    }

    @SuppressWarnings("unchecked")
    Optional<OfferCard> card(long groupId, Locale language) {
        return (Optional<OfferCard>) pages.get(new Key("card", language.getLanguage(), List.of(groupId)),
                () -> offer.card(groupId, lists()));
    }

    /** The filters' wijken and themes (the same in every language: the names are the directory's own). */
    DirectoryLists lists() {
        return (DirectoryLists) directory.get(new Key("directory", "", List.of()), offer::lists);
    }

    /** After the change's commit (or at once outside a transaction), so a read after it sees the change. */
    @TransactionalEventListener(fallbackExecution = true, classes = {GroupChanged.class, GroupClosed.class,
            GroupCapacityRaised.class, SessionEvents.Planned.class, SessionEvents.Changed.class,
            SessionEvents.Cancelled.class, SessionEvents.GroupStopped.class, PlacesChanged.class,
            DirectoryChanged.class})
    void changed(Object event) {
        if (event instanceof DirectoryChanged) {
            directory.clear();
        }
        pages.clear();
    }

    /** Values kept for at most {@link #TTL}, and only when no change came while they were read. */
    private static final class Kept {

        private final AtomicLong generation = new AtomicLong();
        private final Cache<Key, Object> cache;

        Kept(int size) {
            cache = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(size).build();
        }

        Object get(Key key, Supplier<Object> read) {
            Object kept = cache.getIfPresent(key);
            if (kept != null) {
                return kept;
            }
            long before = generation.get();
            Object value = read.get();
            if (generation.get() == before) {
                cache.put(key, value);
            }
            return value;
        }

        void clear() {
            generation.incrementAndGet();
            cache.invalidateAll();
        }
    }
}
