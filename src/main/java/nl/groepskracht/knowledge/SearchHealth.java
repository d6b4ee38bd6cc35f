package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The knowledge search answers (health component {@code search}, part of readiness): one count
 * query on the index, local Lucene or the OpenSearch cluster, with a short timeout. A node whose search
 * is gone is taken out of the load balancer's rotation instead of showing errors.
 */
@Component("searchHealthIndicator")
class SearchHealth extends AbstractHealthIndicator {

    private final EntityManagerFactory entityManagerFactory;

    SearchHealth(EntityManagerFactory entityManagerFactory) {
        super("The knowledge search did not answer");
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            Search.session(entityManager).search(KnowledgeItem.class).where(f -> f.matchAll())
                    .failAfter(3, TimeUnit.SECONDS).fetchTotalHitCount();
        }
        builder.up();
    }
}
