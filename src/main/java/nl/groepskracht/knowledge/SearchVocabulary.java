package nl.groepskracht.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.groepskracht.directory.DirectoryChanged;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.memory.MemoryIndex;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What every search reads besides the index, read once and kept: the themes ({@link ThemeNames}),
 * the compiled synonym list ({@link SynonymDictionary}) and the words the spell checker knows without
 * any item holding them ({@link Spelling}). So a search costs no database round trip. Emptied after the
 * commit of a change to the themes ({@link DirectoryChanged}) or the synonyms ({@link SynonymsChanged});
 * those events reach only this node, so another node's change counts here within {@link #TTL} at the
 * latest. A read that overlaps a change is not kept (the generation moved on while it read).
 */
@Component
class SearchVocabulary {

    /** How long a node keeps what it read at most; bounds how late it sees another node's change. */
    static final Duration TTL = Duration.ofSeconds(10);

    /** The vocabulary of one moment. {@code knownWords}: the themes' and synonyms' words as a small index. */
    record Snapshot(List<ThemeItem> themes, SynonymDictionary.Compiled synonyms, IndexReader knownWords) {
    }

    private record Kept(Snapshot snapshot, Instant readAt) {
    }

    private final DirectoryService directory;
    private final SynonymDictionary synonyms;
    private final Clock clock;
    private final Analyzer spelling = DutchChain.analyzer(DutchChain.spelling());
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept kept;

    SearchVocabulary(DirectoryService directory, SynonymDictionary synonyms, Clock clock) {
        this.directory = directory;
        this.synonyms = synonyms;
        this.clock = clock;
    }

    Snapshot current() {
        Kept now = kept;
        Instant readAt = clock.instant();
        if (now != null && readAt.isBefore(now.readAt().plus(TTL)) && !readAt.isBefore(now.readAt())) {
            return now.snapshot();
        }
        long before = generation.get();
        List<ThemeItem> themes = directory.allThemes();
        SynonymDictionary.Compiled compiled = synonyms.current();
        var snapshot = new Snapshot(themes, compiled, knownWords(themes, compiled));
        if (generation.get() == before) {
            kept = new Kept(snapshot, readAt);
        }
        return snapshot;
    }

    /** After the change's commit (or at once outside a transaction), so the next search sees it. */
    @TransactionalEventListener(fallbackExecution = true, classes = {DirectoryChanged.class, SynonymsChanged.class})
    void changed() {
        generation.incrementAndGet();
        kept = null;
    }

    private IndexReader knownWords(List<ThemeItem> themes, SynonymDictionary.Compiled compiled) {
        var index = new MemoryIndex();
        Stream.concat(themes.stream().flatMap(t -> Stream.of(t.name(), t.code().replaceAll("[-_]", " "))),
                compiled.wordsByStems().values().stream())
                .forEach(text -> index.addField(KnowledgeSearch.SPELLING, text, spelling));
        // read from several threads from here on
        index.freeze();
        return index.createSearcher().getIndexReader();
    }
}
