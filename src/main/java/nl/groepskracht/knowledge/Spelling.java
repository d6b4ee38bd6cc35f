package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.SuggestWordScoreComparator;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Words of the index close to a word it does not know, most alike and then most frequent first:
 * Lucene's DirectSpellChecker over the {@code spelling} field (the items' words as written and their
 * compound parts) and over the words the search knows without any item holding them: the themes'
 * names and code words ({@link ThemeNames}) and the synonym list's words ({@link SearchVocabulary}). So "echtscheidnig" gets
 * "echtscheiding" also where no item's own text holds the theme's word. Edit distance 1 for words of
 * up to 5 letters, 2 for longer ones; words under 3 letters get none. When the index lives on OpenSearch
 * ({@code hibernate.search.backend.type=elasticsearch}) its term suggester, the same spell checker on the
 * cluster, looks up the items' words ({@link ClusterSpelling}), and the known words stay here.
 */
@Component
class Spelling {

    static final int MIN_LENGTH = 3;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchVocabulary vocabulary;
    private final ClusterSpelling cluster;

    Spelling(EntityManagerFactory entityManagerFactory, SearchVocabulary vocabulary, SearchBackend backend) {
        this.entityManagerFactory = entityManagerFactory;
        this.vocabulary = vocabulary;
        this.cluster = backend.shared() ? new ClusterSpelling(entityManagerFactory) : null;
    }

    static int maxEdits(String word) {
        return word.length() <= 5 ? 1 : 2;
    }

    List<String> suggest(String word, int max) {
        if (word.length() < MIN_LENGTH) {
            return List.of();
        }
        var checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits(word));
        checker.setMinQueryLength(MIN_LENGTH);
        if (cluster != null) {
            return onCluster(checker, word, max);
        }
        try (IndexReader items = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class)
                .extension(LuceneExtension.get()).openIndexReader();
                // the known words' reader is kept by the vocabulary: not closed here
                IndexReader all = new MultiReader(new IndexReader[] {items, vocabulary.current().knownWords()}, false)) {
            return Arrays.stream(checker.suggestSimilar(new Term(KnowledgeSearch.SPELLING, word), max, all,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(s -> s.string).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The known words here, the items' words on the cluster, ranked together as one spell checker ranks
     * one index's words: most alike first, then most frequent (a word found in both counted once, its
     * frequencies added); nothing when either holds the word as typed.
     */
    private List<String> onCluster(DirectSpellChecker checker, String word, int max) {
        Term term = new Term(KnowledgeSearch.SPELLING, word);
        // the known words' reader is kept by the vocabulary: not closed here
        IndexReader known = vocabulary.current().knownWords();
        try {
            if (known.docFreq(term) > 0 || cluster.indexed(word)) {
                return List.of();
            }
            List<SuggestWord> found = new ArrayList<>(Arrays.asList(
                    checker.suggestSimilar(term, max, known, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)));
            found.addAll(cluster.similar(word, maxEdits(word), max));
            Map<String, SuggestWord> byWord = new LinkedHashMap<>();
            for (SuggestWord suggestion : found) {
                byWord.merge(suggestion.string, suggestion, (a, b) -> {
                    a.freq += b.freq;
                    a.score = Math.max(a.score, b.score);
                    return a;
                });
            }
            return byWord.values().stream().sorted(new SuggestWordScoreComparator().reversed()).limit(max)
                    .map(s -> s.string).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
