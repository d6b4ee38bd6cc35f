package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Several nodes, one OpenSearch: an item saved while OpenSearch could not be reached is in the database but
 * not in the index (there is no outbox, README). Every node checks, on a schedule, whether the index holds
 * what the database holds (the start-up check of {@link SearchIndexBootstrap}: count and latest change) and,
 * when it is behind, writes the items changed since the index's latest change again; a deletion it missed
 * (more items indexed than stored) rebuilds the whole index. Writing an item twice, or on two nodes at once,
 * changes nothing. A local Lucene index is written in the saving JVM itself and needs none of this.
 */
@Component
class SearchCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchCatchUp.class);
    private final SearchIndexBootstrap index;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean shared;

    SearchCatchUp(SearchIndexBootstrap index, EntityManagerFactory entityManagerFactory,
            @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend) {
        this.index = index;
        this.entityManagerFactory = entityManagerFactory;
        this.shared = !"lucene".equals(backend);
    }

    @Scheduled(fixedDelayString = "${groepskracht.knowledge.catch-up-interval:30s}",
            initialDelayString = "${groepskracht.knowledge.catch-up-interval:30s}")
    void onSchedule() throws InterruptedException {
        if (shared) {
            catchUp();
        }
    }

    /** Brings the index up to the database; how many items the index gained (0: it was current). */
    long catchUp() throws InterruptedException {
        SearchIndexBootstrap.State state;
        try {
            state = index.state();
        } catch (SearchException unreachable) {
            log.warn("The search index could not be read; the next run tries again");
            return 0;
        }
        if (state.current()) {
            return 0;
        }
        if (state.indexed() > state.stored() || state.latestIndexed() == null) {
            log.info("Search index holds {} of {} knowledge items: rebuilding it", state.indexed(), state.stored());
            index.rebuild();
            return state.stored();
        }
        MassIndexer indexer = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class).massIndexer()
                .purgeAllOnStart(false).threadsToLoadObjects(1);
        indexer.type(KnowledgeItem.class).reindexOnly("e.updatedAt >= :since").param("since", state.latestIndexed());
        indexer.startAndWait();
        SearchIndexBootstrap.State after = index.state();
        log.info("Search index caught up with the database: {} of {} knowledge items indexed", after.indexed(),
                after.stored());
        return after.indexed() - state.indexed();
    }
}
