package nl.groepskracht.knowledge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which index the knowledge search runs on, decided once from Hibernate Search's backend type: the node's own
 * local Lucene index (the default, one portal node) or an OpenSearch index that every portal node shares (the
 * cluster profile, README: "Deployment"). What differs between the two asks here: the spell checker and the held
 * words (Lucene's reader or OpenSearch's suggester), the layout mark (a directory on disk), the catch-up (only a
 * shared index can miss a write).
 */
@Component
class SearchBackend {

    private final boolean shared;

    SearchBackend(@Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String type) {
        this.shared = !"lucene".equals(type);
    }

    /** OpenSearch (or Elasticsearch), shared by every portal node; otherwise this node's local Lucene index. */
    boolean shared() {
        return shared;
    }
}
