package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The index is derived data: at start, when it does not hold every item of the database or misses
 * the latest change (a new or deleted index directory, a database restored from a backup, changes
 * not yet committed to the index when the portal stopped), it is rebuilt from the database with
 * Hibernate Search's mass indexer, which logs its progress. Also when the index on disk was built
 * with another analysis chain or field layout ({@link IndexLayoutMark}): its terms would no longer
 * match what queries look for.
 */
@Component
@Order(5)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);
    private final EntityManagerFactory entityManagerFactory;
    private final KnowledgeItemRepository items;
    private final IndexLayoutMark layoutMark;
    private final SearchBackend backend;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, KnowledgeItemRepository items,
            IndexLayoutMark layoutMark, SearchBackend backend) {
        this.backend = backend;
        this.entityManagerFactory = entityManagerFactory;
        this.items = items;
        this.layoutMark = layoutMark;
    }

    /** What the database and the index hold: how many items, and the latest change of each. */
    record State(long stored, long indexed, Instant latestStored, Instant latestIndexed) {

        boolean current() {
            return stored == indexed && Objects.equals(latestStored, latestIndexed);
        }
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        createIfMissing();
        State state = state();
        if (!layoutMark.current()) {
            log.info("Search index was built with another analysis or field layout: rebuilding it");
            rebuild();
            layoutMark.write();
        } else if (!state.current()) {
            log.info("Search index holds {} of {} knowledge items (latest change {} of {}): rebuilding it",
                    state.indexed(), state.stored(), state.latestIndexed(), state.latestStored());
            rebuild();
        }
    }

    State state() {
        long stored = items.count();
        Instant latestStored = items.findFirstByOrderByUpdatedAtDesc().map(KnowledgeItem::getUpdatedAt).orElse(null);
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            var result = Search.session(entityManager).search(KnowledgeItem.class)
                    .select(f -> f.field("updatedAt", Instant.class)).where(f -> f.matchAll())
                    .sort(f -> f.field("updatedAt").desc()).fetch(1);
            return new State(stored, result.total().hitCount(), latestStored,
                    result.hits().isEmpty() ? null : result.hits().getFirst());
        }
    }

    /**
     * Rebuilds the whole index from the database; returns when done. A shared OpenSearch index is dropped and made
     * again rather than emptied: that needs no delete-by-query (which an OpenSearch without its reindex module,
     * or an index that does not exist, refuses), and a new analysis chain ({@link IndexLayoutMark}) takes effect
     * in the index's settings too. The local Lucene index is emptied (its directory cannot be dropped while the
     * node holds its write lock).
     */
    void rebuild() throws InterruptedException {
        long started = System.nanoTime();
        var indexer = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class).massIndexer()
                .threadsToLoadObjects(2);
        if (backend.shared()) {
            // a running node holds its local Lucene directory's write lock: there the purge empties it instead
            indexer.dropAndCreateSchemaOnStart(true).purgeAllOnStart(false);
        }
        indexer.startAndWait();
        log.info("Search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Makes the index when it is missing: a shared OpenSearch index dropped while the portal ran, or not yet made
     * on a cluster restored from a backup: reading an index that does not exist fails. The local Lucene index is
     * made at start already.
     */
    void createIfMissing() {
        Search.mapping(entityManagerFactory).scope(KnowledgeItem.class).schemaManager().createIfMissing();
    }
}
