package nl.groepskracht.knowledge;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Dutch for the search index. Lower case, Dutch stop words, accents folded (café, één), then the
 * Kraaij-Pohlmann stemmer, which takes "scheiding" and "gescheiden" back to the same stem. Before
 * stemming, a word starting with "ge" is also indexed without it (participles: "gescheiden" next to
 * "scheiden"), and a short list fixes stems the stemmer gets wrong (kind/kinderen).
 */
public class DutchAnalysis implements LuceneAnalysisConfigurer {

    static final String DUTCH = "dutch";
    static final String LOWERCASE = "lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DUTCH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                .param("words", "org/apache/lucene/analysis/snowball/dutch_stop.txt")
                .param("format", "snowball")
                .param("ignoreCase", "true")
                .tokenFilter("asciiFolding")
                .tokenFilter("stemmerOverride")
                .param("dictionary", "knowledge/dutch-stem-overrides.txt")
                .tokenFilter("patternCaptureGroup")
                .param("pattern", "^ge(\\p{L}{4,})$")
                .param("preserve_original", "true")
                .tokenFilter("snowballPorter")
                .param("language", "Kp");
        context.normalizer(LOWERCASE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
