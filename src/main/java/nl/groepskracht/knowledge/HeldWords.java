package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * Whether an item holds a slot's word where the search looks for it ({@link Ranking#hit}: title,
 * tags, summary, text, attachment), which decides whether the spell checker is asked for it
 * ({@link QueryPlanner}). On the Lucene index: the word's terms as the {@code dutch} analyzer reads
 * it, looked up in one reader's term dictionary and postings (an item that is still live), one
 * reader for all the words of a plan. That is what the search for the word finds, without building
 * and running a query per word. A phrase, and any word on another backend (OpenSearch), is asked as
 * that search.
 */
@Component
class HeldWords {

    private final EntityManagerFactory entityManagerFactory;
    private final boolean lucene;
    private final Analyzer dutch = DutchChain.analyzer(DutchChain.dutch(true));

    HeldWords(EntityManagerFactory entityManagerFactory, SearchBackend backend) {
        this.entityManagerFactory = entityManagerFactory;
        this.lucene = !backend.shared();
    }

    /** The index as it is now, for the words of one plan; close it after. */
    Lookup lookup(SearchSession session) {
        return new Lookup(session);
    }

    /** One moment's index: its reader is opened at the first word and kept until {@link #close}. */
    final class Lookup implements AutoCloseable {

        private final SearchSession session;
        private IndexReader reader;

        private Lookup(SearchSession session) {
            this.session = session;
        }

        /** Whether an item holds the slot's typed word (or phrase) where the search looks for it. */
        boolean holds(QueryPlan.Slot slot) {
            QueryPlan.Alternative typed = slot.typed();
            if (!lucene || typed.isPhrase() || !slot.themes().isEmpty()) {
                return session.search(KnowledgeItem.class).where(f -> Ranking.hit(f, slot))
                        .totalHitCountThreshold(1).fetch(0).total().hitCountLowerBound() > 0;
            }
            try {
                if (reader == null) {
                    reader = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class)
                            .extension(LuceneExtension.get()).openIndexReader();
                }
                List<String> terms = DutchChain.terms(dutch, typed.text());
                for (LeafReaderContext leaf : reader.leaves()) {
                    for (String field : Ranking.PARTS) {
                        if (live(leaf, field, terms)) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        /** Whether a live document of the segment holds one of the terms in the field. */
        private static boolean live(LeafReaderContext leaf, String field, List<String> terms) throws IOException {
            Terms dictionary = leaf.reader().terms(field);
            if (dictionary == null) {
                return false;
            }
            TermsEnum enumerator = dictionary.iterator();
            Bits liveDocs = leaf.reader().getLiveDocs();
            for (String term : terms) {
                if (!enumerator.seekExact(new BytesRef(term))) {
                    continue;
                }
                if (liveDocs == null) {
                    return true;
                }
                PostingsEnum docs = enumerator.postings(null, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (liveDocs.get(doc)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
