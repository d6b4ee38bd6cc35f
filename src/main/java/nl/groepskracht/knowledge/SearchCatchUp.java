package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Several nodes, one OpenSearch: an item saved while OpenSearch could not be reached is in the database but
 * not in the index (there is no outbox, README). Every node checks, on a schedule, whether the index holds
 * what the database holds, item by item (each item's last change beside the one its document carries), and
 * writes again each item whose document is missing or older ({@link TolerantIndexWrites} lets such a save
 * succeed); a deletion it missed (a document without its item) rebuilds the whole index. Writing an item twice,
 * or on two nodes at once, changes nothing. A local Lucene index is written in the saving JVM itself and needs none of this.
 */
@Component
class SearchCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    private final SearchIndexBootstrap index;
    private final KnowledgeItemRepository items;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean shared;

    SearchCatchUp(SearchIndexBootstrap index, KnowledgeItemRepository items, EntityManagerFactory entityManagerFactory,
            SearchBackend backend) {
        this.index = index;
        this.items = items;
        this.entityManagerFactory = entityManagerFactory;
        this.shared = backend.shared();
    }

    @Scheduled(fixedDelayString = "${groepskracht.knowledge.catch-up-interval:30s}",
            initialDelayString = "${groepskracht.knowledge.catch-up-interval:30s}")
    void onSchedule() throws InterruptedException {
        if (shared) {
            catchUp();
        }
    }

    /**
     * Brings the index up to the database; how many items it wrote again (0: it was current). Item by item, not
     * by the index's latest change: a later save that did reach the index would move that past an edit that did
     * not (same count, a newer latest change), and the edit would never be written.
     */
    long catchUp() throws InterruptedException {
        Map<Long, Instant> indexed;
        try {
            indexed = indexedChanges();
        } catch (SearchException unreachable) {
            log.warn("The search index could not be read; the next run tries again");
            return 0;
        }
        Map<Long, Instant> stored = new HashMap<>();
        items.changes().forEach(row -> stored.put((Long) row[0], (Instant) row[1]));
        if (!stored.keySet().containsAll(indexed.keySet())) {
            log.info("Search index holds knowledge items the database no longer holds: rebuilding it");
            index.rebuild();
            return stored.size();
        }
        List<Long> behind = stored.entrySet().stream()
                .filter(item -> !item.getValue().equals(indexed.get(item.getKey()))).map(Map.Entry::getKey).toList();
        if (behind.isEmpty()) {
            return 0;
        }
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class).massIndexer()
                .purgeAllOnStart(false).threadsToLoadObjects(1);
        indexer.type(KnowledgeItem.class).reindexOnly("e.id in (:ids)").param("ids", behind);
        indexer.startAndWait();
        log.info("Search index caught up with the database: {} of {} knowledge items written again", behind.size(),
                stored.size());
        return behind.size();
    }

    /** Every indexed item's id and last change; the index is made first when it is missing (dropped, restored). */
    private Map<Long, Instant> indexedChanges() {
        index.createIfMissing();
        Map<Long, Instant> indexed = new HashMap<>();
        try (EntityManager entityManager = entityManagerFactory.createEntityManager();
                SearchScroll<List<?>> scroll = Search.session(entityManager).search(KnowledgeItem.class)
                        .select(f -> f.composite(f.id(Long.class), f.field("updatedAt", Instant.class)))
                        .where(f -> f.matchAll()).scroll(500)) {
            for (SearchScrollResult<List<?>> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunk.hits().forEach(hit -> indexed.put((Long) hit.get(0), (Instant) hit.get(1)));
            }
        }
        return indexed;
    }
}
