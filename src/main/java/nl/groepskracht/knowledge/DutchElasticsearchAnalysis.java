package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.WordlistLoader;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The index's analyzers on OpenSearch (or Elasticsearch), built from the same {@link DutchChain} steps as
 * {@link DutchAnalysis} builds them for Lucene, so both backends read words the same way. Each Lucene filter
 * becomes the cluster's filter of the same behaviour (README, "Search": the table of names); the word lists
 * are read from the portal's resources and passed inline, since the cluster cannot read the portal's files.
 * A step this class does not know fails the start: a new filter in the chain needs its counterpart here.
 */
public class DutchElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        Map<String, DutchChain.Step> defined = new HashMap<>();
        define(context, DutchAnalysis.DUTCH, DutchChain.dutch(true), defined);
        define(context, DutchAnalysis.WHOLE, DutchChain.dutch(false), defined);
        define(context, DutchAnalysis.SPELLING, DutchChain.spelling(), defined);
        context.normalizer(DutchAnalysis.LOWERCASE).custom().tokenFilters("lowercase", "asciifolding");
    }

    private static void define(ElasticsearchAnalysisConfigurationContext context, String name,
            List<DutchChain.Step> steps, Map<String, DutchChain.Step> defined) {
        List<String> filters = new ArrayList<>();
        for (DutchChain.Step step : steps) {
            filters.add(filter(context, step, defined));
        }
        context.analyzer(name).custom().tokenizer("standard").tokenFilters(filters.toArray(String[]::new));
    }

    /** The cluster's name of the filter doing what this Lucene step does; defines it when it has parameters. */
    static String filter(ElasticsearchAnalysisConfigurationContext context, DutchChain.Step step,
            Map<String, DutchChain.Step> defined) {
        Map<String, String> p = step.params();
        String name = "gk_" + step.filter();
        switch (step.filter()) {
            case "lowercase":
                return "lowercase";
            case "asciiFolding":
                return "asciifolding";
            case "removeDuplicates":
                return "remove_duplicates";
            default:
                break;
        }
        DutchChain.Step before = defined.putIfAbsent(name, step);
        if (before != null) {
            if (!before.equals(step)) {
                throw new IllegalStateException("Two " + step.filter() + " steps with other parameters: name them apart");
            }
            return name;
        }
        switch (step.filter()) {
            case "dictionaryCompoundWord" -> context.tokenFilter(name).type("dictionary_decompounder")
                    .param("word_list", lines(p.get("dictionary")).toArray(String[]::new))
                    .param("min_word_size", Integer.parseInt(p.get("minWordSize")))
                    .param("min_subword_size", Integer.parseInt(p.get("minSubwordSize")))
                    .param("max_subword_size", Integer.parseInt(p.get("maxSubwordSize")))
                    .param("only_longest_match", Boolean.parseBoolean(p.get("onlyLongestMatch")));
            case "stemmerOverride" -> context.tokenFilter(name).type("stemmer_override")
                    .param("rules", rules(p.get("dictionary")).toArray(String[]::new));
            case "patternCaptureGroup" -> context.tokenFilter(name).type("pattern_capture")
                    .param("patterns", new String[] {p.get("pattern")})
                    .param("preserve_original", Boolean.parseBoolean(p.get("preserve_original")));
            case "snowballPorter" -> context.tokenFilter(name).type("snowball").param("language", p.get("language"));
            default -> throw new IllegalStateException("No OpenSearch filter for the Lucene filter " + step.filter());
        }
        return name;
    }

    /** Lucene's stem override lines ({@code word<TAB>stem}) as the cluster's rules ({@code word => stem}). */
    static List<String> rules(String resource) {
        return lines(resource).stream().map(line -> line.split("\t", 2)).map(m -> m[0] + " => " + m[1]).toList();
    }

    /** A word list's lines as Lucene reads them: trimmed, without empty lines and {@code #} comments. */
    static List<String> lines(String resource) {
        try (InputStream in = DutchElasticsearchAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resource);
            }
            return WordlistLoader.getLines(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
