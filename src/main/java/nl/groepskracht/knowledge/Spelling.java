package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.groepskracht.directory.DirectoryService;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Words of the index close to a word it does not know, most alike and then most frequent first:
 * Lucene's DirectSpellChecker over the {@code spelling} field (the items' words as written and their
 * compound parts) and over the words the search knows without any item holding them: the themes'
 * names and code words ({@link ThemeNames}) and the synonym list's words. So "echtscheidnig" gets
 * "echtscheiding" also where no item's own text holds the theme's word. Edit distance 1 for words of
 * up to 5 letters, 2 for longer ones; words under 3 letters get none. On OpenSearch the term
 * suggester does the same with the same settings (README).
 */
@Component
class Spelling {

    static final int MIN_LENGTH = 3;
    private final EntityManagerFactory entityManagerFactory;
    private final DirectoryService directory;
    private final SynonymDictionary synonyms;
    private final Analyzer spelling = DutchChain.analyzer(DutchChain.spelling());

    Spelling(EntityManagerFactory entityManagerFactory, DirectoryService directory, SynonymDictionary synonyms) {
        this.entityManagerFactory = entityManagerFactory;
        this.directory = directory;
        this.synonyms = synonyms;
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
        try (IndexReader items = Search.mapping(entityManagerFactory).scope(KnowledgeItem.class)
                .extension(LuceneExtension.get()).openIndexReader();
                IndexReader known = knownWords();
                IndexReader all = new MultiReader(new IndexReader[] {items, known}, false)) {
            return Arrays.stream(checker.suggestSimilar(new Term(KnowledgeSearch.SPELLING, word), max, all,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)).map(s -> s.string).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The themes' names and code words and the synonyms, as a small index in memory read like the items' words. */
    private IndexReader knownWords() {
        var index = new MemoryIndex();
        Stream.concat(directory.allThemes().stream().flatMap(t -> Stream.of(t.name(), t.code().replaceAll("[-_]", " "))),
                synonyms.current().wordsByStems().values().stream())
                .forEach(text -> index.addField(KnowledgeSearch.SPELLING, text, spelling));
        return index.createSearcher().getIndexReader();
    }
}
