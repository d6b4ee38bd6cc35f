package nl.groepskracht.knowledge;

import java.util.List;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The index's analyzers, built from {@link DutchChain}: {@code dutch} (compounds also as their
 * parts) for the fields that are searched and highlighted, {@code dutch_whole} (no parts) for the
 * copies that tell a whole-word match from a part, {@code spelling} for the spell checker's words.
 */
public class DutchAnalysis implements LuceneAnalysisConfigurer {

    static final String DUTCH = "dutch";
    static final String WHOLE = "dutch_whole";
    static final String SPELLING = "spelling";
    static final String LOWERCASE = "lowercase";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        define(context, DUTCH, DutchChain.dutch(true));
        define(context, WHOLE, DutchChain.dutch(false));
        define(context, SPELLING, DutchChain.spelling());
        context.normalizer(LOWERCASE).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    private static void define(LuceneAnalysisConfigurationContext context, String name, List<DutchChain.Step> steps) {
        var analyzer = context.analyzer(name).custom().tokenizer("standard");
        for (DutchChain.Step step : steps) {
            var filter = analyzer.tokenFilter(step.filter());
            step.params().forEach(filter::param);
        }
    }
}
