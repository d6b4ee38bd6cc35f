package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The Dutch analysis of the knowledge search, step by step, in one place: the index's analyzers
 * ({@link DutchAnalysis}) and the query side's local analyzers ({@link #analyzer}) are built from
 * it, so both read words the same way. Only filters that OpenSearch has as well (README, "Search":
 * the table of names), with the word lists as resources.
 */
final class DutchChain {

    static final String COMPOUND_PARTS = "knowledge/dutch-compound-parts.txt";
    static final String STEM_OVERRIDES = "knowledge/dutch-stem-overrides.txt";

    /** A Lucene token filter by its factory name, with its parameters. */
    record Step(String filter, Map<String, String> params) {
    }

    private DutchChain() {
    }

    /** Words as they are written: lower case, accents folded (café, één). */
    static List<Step> words() {
        return List.of(new Step("lowercase", Map.of()), new Step("asciiFolding", Map.of()));
    }

    /**
     * For the index and its queries. {@code decompound}: a compound is also read as its parts (at
     * the same position, so it still counts as one word). Then a short list of stems the stemmer
     * gets wrong (kind/kinderen, thuiszitter/thuiszitten), a word starting with "ge" also without
     * it (gescheiden next to scheiden), and the Snowball stemmer for Dutch. Stop words stay: "niet"
     * in "niet naar school" matters; the query decides what a word weighs.
     */
    static List<Step> dutch(boolean decompound) {
        List<Step> steps = new ArrayList<>(words());
        if (decompound) {
            steps.add(decompounder());
        }
        steps.addAll(stems());
        steps.add(new Step("removeDuplicates", Map.of()));
        return steps;
    }

    /** Stems without decompounding: what the synonym list is matched on. */
    static List<Step> stemmed() {
        List<Step> steps = new ArrayList<>(words());
        steps.add(new Step("stemmerOverride", Map.of("dictionary", STEM_OVERRIDES)));
        steps.add(snowball());
        return steps;
    }

    /** For spelling suggestions: whole words and compound parts as written, not stemmed. */
    static List<Step> spelling() {
        List<Step> steps = new ArrayList<>(words());
        steps.add(decompounder());
        steps.add(new Step("removeDuplicates", Map.of()));
        return steps;
    }

    /** A local Lucene analyzer (standard tokenizer) of these steps. */
    static Analyzer analyzer(List<Step> steps) {
        try {
            var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(DutchChain.class.getClassLoader()))
                    .withTokenizer("standard");
            for (Step step : steps) {
                builder.addTokenFilter(step.filter(), new LinkedHashMap<>(step.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Step decompounder() {
        return new Step("dictionaryCompoundWord", Map.of("dictionary", COMPOUND_PARTS, "minWordSize", "6",
                "minSubwordSize", "4", "maxSubwordSize", "20", "onlyLongestMatch", "false"));
    }

    private static List<Step> stems() {
        return List.of(new Step("stemmerOverride", Map.of("dictionary", STEM_OVERRIDES)),
                new Step("patternCaptureGroup", Map.of("pattern", "^ge(\\p{L}{4,})$", "preserve_original", "true")),
                snowball());
    }

    private static Step snowball() {
        return new Step("snowballPorter", Map.of("language", "Dutch"));
    }
}
