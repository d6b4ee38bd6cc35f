package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;
import org.springframework.stereotype.Component;

/**
 * Reads a search text into a {@link QueryPlan}: quoted phrases apart, the other words in order, each
 * word's role (content, modifier such as "niet", stop word), and the synonyms of the list found by
 * Lucene's synonym graph filter over the words' stems, a multi-word synonym ("niet naar school")
 * taking the place of the words it covers.
 */
@Component
class QueryReader {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private final Analyzer words = DutchChain.analyzer(DutchChain.words());
    private final SynonymDictionary synonyms;
    private final SearchVocabulary vocabulary;
    private final CharArraySet stopWords;
    private final CharArraySet modifiers;

    QueryReader(SynonymDictionary synonyms, SearchVocabulary vocabulary) {
        this.synonyms = synonyms;
        this.vocabulary = vocabulary;
        try {
            stopWords = WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(
                    org.apache.lucene.analysis.snowball.SnowballFilter.class, "dutch_stop.txt",
                    java.nio.charset.StandardCharsets.UTF_8));
            modifiers = new CharArraySet(WordlistLoader.getLines(QueryReader.class.getClassLoader()
                    .getResourceAsStream("knowledge/dutch-query-modifiers.txt"),
                    java.nio.charset.StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    QueryPlan read(String text) {
        List<String> quoted = new ArrayList<>();
        Matcher matcher = QUOTED.matcher(text);
        while (matcher.find()) {
            String phrase = String.join(" ", DutchChain.terms(words, matcher.group(1)));
            if (!phrase.isEmpty()) {
                quoted.add(phrase);
            }
        }
        List<String> typed = DutchChain.terms(words, matcher.replaceAll(" "));
        return new QueryPlan(typed, slots(typed), quoted, Set.of(), null);
    }

    private List<QueryPlan.Slot> slots(List<String> typed) {
        SynonymDictionary.Compiled dictionary = vocabulary.current().synonyms();
        String joined = String.join(" ", typed);
        List<QueryPlan.Slot> slots = new ArrayList<>();
        if (typed.isEmpty()) {
            return slots;
        }
        GraphTokenStreamFiniteStrings graph;
        // read the whole graph first: the stemming analyzer is used again below (one stream at a time)
        try (TokenStream stems = synonyms.stemmed().tokenStream("", joined);
                TokenStream stream = dictionary.map().fst == null ? stems
                        : new SynonymGraphFilter(stems, dictionary.map(), true)) {
            graph = new GraphTokenStreamFiniteStrings(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            int[] points = graph.articulationPoints();
            int start = 0;
            for (int i = 0; i <= points.length; i++) {
                int end = i < points.length ? points[i] : -1;
                if (graph.hasSidePath(start)) {
                    slots.add(synonymSlot(graph.getFiniteStrings(start, end), joined, dictionary));
                } else {
                    slots.add(wordSlot(graph.getTerms(start), joined, dictionary));
                }
                start = end;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return slots;
    }

    /** One typed word, and the one-word synonyms the filter stacked on it. */
    private QueryPlan.Slot wordSlot(List<AttributeSource> tokens, String joined, SynonymDictionary.Compiled dictionary) {
        String word = wordAt(joined, tokens.getFirst().getAttribute(OffsetAttribute.class).startOffset());
        if (tokens.size() == 1) {
            return new QueryPlan.Slot(role(word), List.of(new QueryPlan.Alternative(word, QueryPlan.Source.TYPED)),
                    Set.of());
        }
        List<String> others = tokens.stream().map(t -> t.getAttribute(CharTermAttribute.class).toString())
                .map(dictionary.wordsByStems()::get).filter(java.util.Objects::nonNull).toList();
        return withSynonyms(word, others);
    }

    /**
     * Words covered by a synonym: what was typed first, then the group's other words. Every path
     * carries the offsets of the words it covers (the typed words come back as one of the group).
     */
    private QueryPlan.Slot synonymSlot(Iterator<TokenStream> paths, String joined,
            SynonymDictionary.Compiled dictionary) throws IOException {
        String typed = null;
        List<String> others = new ArrayList<>();
        while (paths.hasNext()) {
            try (TokenStream path = paths.next()) {
                CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = path.addAttribute(OffsetAttribute.class);
                path.reset();
                List<String> stems = new ArrayList<>();
                int from = Integer.MAX_VALUE;
                int to = 0;
                while (path.incrementToken()) {
                    stems.add(term.toString());
                    from = Math.min(from, offset.startOffset());
                    to = Math.max(to, offset.endOffset());
                }
                if (typed == null && from < to) {
                    typed = joined.substring(from, to);
                }
                String word = dictionary.wordsByStems().get(String.join(" ", stems));
                if (word != null) {
                    others.add(word);
                }
            }
        }
        return withSynonyms(typed, others);
    }

    private QueryPlan.Slot withSynonyms(String typed, List<String> others) {
        String typedStems = synonyms.stems(typed);
        List<QueryPlan.Alternative> alternatives = new ArrayList<>();
        alternatives.add(new QueryPlan.Alternative(typed, QueryPlan.Source.TYPED));
        others.stream().filter(w -> !synonyms.stems(w).equals(typedStems)).distinct()
                .forEach(w -> alternatives.add(new QueryPlan.Alternative(w, QueryPlan.Source.SYNONYM)));
        return new QueryPlan.Slot(QueryPlan.Role.CONTENT, alternatives, Set.of());
    }

    private QueryPlan.Role role(String word) {
        if (modifiers.contains(word)) {
            return QueryPlan.Role.MODIFIER;
        }
        return stopWords.contains(word) ? QueryPlan.Role.STOP : QueryPlan.Role.CONTENT;
    }

    private static String wordAt(String joined, int offset) {
        int end = joined.indexOf(' ', offset);
        return joined.substring(offset, end < 0 ? joined.length() : end);
    }
}
