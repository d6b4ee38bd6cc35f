package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.stereotype.Component;

/**
 * The synonym list compiled for Lucene's synonym graph filter, on stems (so "stiefouders" matches
 * the group of "stiefouder"). Read again from the database when the list changed (by this or
 * another portal instance), which a cheap query on every search tells.
 */
@Component
class SynonymDictionary {

    /** The compiled groups, and each word's surface text by its stems (what the search looks for). */
    record Compiled(String stamp, SynonymMap map, Map<String, String> wordsByStems) {
    }

    private final SynonymGroupRepository groups;
    private final Analyzer stemmed = DutchChain.analyzer(DutchChain.stemmed());
    private volatile Compiled current;

    SynonymDictionary(SynonymGroupRepository groups) {
        this.groups = groups;
    }

    Compiled current() {
        String stamp = groups.stamp();
        Compiled compiled = current;
        if (compiled == null || !compiled.stamp().equals(stamp)) {
            compiled = compile(stamp, groups.findAllByOrderByIdAsc().stream().map(SynonymGroup::words).toList());
            current = compiled;
        }
        return compiled;
    }

    Analyzer stemmed() {
        return stemmed;
    }

    String stems(String text) {
        return String.join(" ", DutchChain.terms(stemmed, text));
    }

    Compiled compile(String stamp, List<List<String>> groupWords) {
        var parser = new SolrSynonymParser(true, true, stemmed);
        Map<String, String> surface = new HashMap<>();
        try {
            for (List<String> words : groupWords) {
                List<String> usable = words.stream().filter(w -> !stems(w).isEmpty()).toList();
                if (usable.size() < 2) {
                    continue;
                }
                usable.forEach(w -> surface.putIfAbsent(stems(w), w));
                // Solr's format: commas separate, a backslash escapes
                parser.parse(new StringReader(usable.stream().map(w -> w.replaceAll("([\\\\,=>])", "\\\\$1"))
                        .collect(Collectors.joining(", "))));
            }
            return new Compiled(stamp, parser.build(), Map.copyOf(surface));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("synonym list", e);
        }
    }
}
