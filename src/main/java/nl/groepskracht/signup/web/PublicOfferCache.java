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
 * organisations: the cards' names and the filters), one for all languages, and the pages' rendered bytes
 * ({@link RenderedPublicPages}: per address, language and scheme). The pages are emptied after the commit
 * of any change that affects them (a group, its sessions, a place given or given up, a name in the directory);
 * the directory's lists only after a change in the directory, so a page read again after a place was taken costs
 * the groups, their sessions and places only. Those events reach only this node: on several portal nodes another
 * node's change shows here within {@link #TTL} at the latest, which is also how long a session that just began may
 * still be listed; a rendered page is kept no longer than the oldest value it was rendered from, so it keeps that
 * bound. A read that overlaps a change is not kept (the generation moved on while it read).
 */
@Component
class PublicOfferCache {

    /** How long a node keeps what it read at most; bounds what it shows of another node's changes. */
    static final Duration TTL = Duration.ofSeconds(10);
    private final OfferService offer;
    private final Kept pages = new Kept(2_000);
    private final Kept directory = new Kept(1);
    private final Kept rendered = new Kept(2_000);

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

    /**
     * A page the rendered pages' filter kept ({@link RenderedPublicPages}), or null: emptied with the rest, and
     * never kept longer than the oldest value it was rendered from, so it shows nothing older than {@link #TTL}.
     */
    RenderedPage rendered(Object key) {
        Read kept = rendered.peek(key);
        return kept == null ? null : (RenderedPage) kept.value();
    }

    /** How many rendered pages are kept (for tests). */
    long renderedPages() {
        return rendered.cache.estimatedSize();
    }

    /** Begins rendering a page on this thread: what it reads from here is noted, until it is closed. */
    Rendering startRendering() {
        return new Rendering(rendered.generation.get());
    }

    /** Keeps a page rendered since {@code rendering} began, unless a change came meanwhile. */
    void keepRendered(Object key, RenderedPage page, Rendering rendering) {
        rendered.keep(key, new Read(page, rendering.oldest), rendering.generation);
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
        rendered.clear();
    }

    /**
     * One rendering of a page on this thread: the generation it began in, and when the oldest value it used was
     * read (a page rendered now from a card read 8 s ago may be kept 2 s more).
     */
    static final class Rendering implements AutoCloseable {

        private static final ThreadLocal<Rendering> CURRENT = new ThreadLocal<>();
        private final long generation;
        private long oldest = System.nanoTime();

        private Rendering(long generation) {
            this.generation = generation;
            CURRENT.set(this);
        }

        private static void used(Read read) {
            Rendering current = CURRENT.get();
            if (current != null && read.at() - current.oldest < 0) {
                current.oldest = read.at();
            }
        }

        @Override
        public void close() {
            CURRENT.remove();
        }
    }

    /** A value and when it was read ({@link System#nanoTime()}). */
    private record Read(Object value, long at) {
        boolean expired() {
            return System.nanoTime() - at >= TTL.toNanos();
        }
    }

    /** Values kept for at most {@link #TTL} from their read, and only when no change came while they were read. */
    private static final class Kept {

        private final AtomicLong generation = new AtomicLong();
        private final Cache<Object, Read> cache;

        Kept(int size) {
            cache = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(size).build();
        }

        Object get(Object key, Supplier<Object> read) {
            Read kept = peek(key);
            if (kept == null) {
                long before = generation.get();
                long at = System.nanoTime();
                kept = new Read(read.get(), at);
                keep(key, kept, before);
            }
            Rendering.used(kept);
            return kept.value();
        }

        Read peek(Object key) {
            Read kept = cache.getIfPresent(key);
            return kept == null || kept.expired() ? null : kept;
        }

        void keep(Object key, Read read, long before) {
            if (generation.get() == before) {
                cache.put(key, read);
            }
        }

        void clear() {
            generation.incrementAndGet();
            cache.invalidateAll();
        }
    }
}
