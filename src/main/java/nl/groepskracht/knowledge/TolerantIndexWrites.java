package nl.groepskracht.knowledge;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How a save writes the shared OpenSearch index (the cluster profile: {@code bean:tolerantIndexWrites}). The
 * index is written after the item's transaction committed, so when OpenSearch cannot be reached the item is
 * saved and only its index write fails. Hibernate Search's {@code read-sync} throws that failure at the author,
 * who then sees an error for a save that succeeded. This strategy waits for the write as {@code read-sync} does
 * (refreshed: the author's next search finds the item) and, when it fails, logs a warning without data and
 * leaves the item to {@link SearchCatchUp}, which compares every item's last change with the index's. The single
 * node's local Lucene index keeps {@code read-sync}: a failed write there is a fault of the node itself.
 */
@Component("tolerantIndexWrites")
class TolerantIndexWrites implements IndexingPlanSynchronizationStrategy {

    private static final Logger log = LoggerFactory.getLogger(TolerantIndexWrites.class);

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
        context.indexingFutureHandler(future -> {
            try {
                SearchIndexingPlanExecutionReport report = future.join();
                report.throwable().ifPresent(failure -> missed());
            } catch (CompletionException | CancellationException failure) {
                missed();
            }
        });
    }

    private static void missed() {
        log.warn("The search index could not be written; the knowledge item is saved, and the catch-up writes it"
                + " when the index can be reached again");
    }
}
