package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Component;

/**
 * The marked words of a page of hits: the best sentence of a field with each word the search looked
 * for in {@code <mark>}, the text HTML-escaped. Not Hibernate Search's highlight projection: that
 * one evaluates the whole ranking query (some 200 clauses over ten fields) once per hit and field,
 * looking up every clause on another field in the index on disk; that was three quarters of a
 * search's time (JFR, KnowledgeBenchmark). Here each field gets a query of only what marks a word in
 * it, the same words and phrases the ranking's clauses on that field look for ({@link Ranking}), and
 * Lucene's unified highlighter reads the hit's own text with the field's analyzer, in memory. Same
 * sentence break, first 10 000 characters, no passage without a match, as the projection had.
 */
@Component
class Highlights {

    private static final int MAX_LENGTH = UnifiedHighlighter.DEFAULT_MAX_LENGTH;
    /** How the unified highlighter separates the values of a field (its own constant is not public). */
    private static final char SEPARATOR = '\u2029';
    private final Analyzer dutch = DutchChain.analyzer(DutchChain.dutch(true));

    /** What marks words for one plan, per highlighted field. */
    final class Marker {

        private final QueryPlan plan;
        private final Map<String, Query> queries = new HashMap<>();
        private final UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(dutch)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withFormatter(new EscapingFormatter())
                .withMaxNoHighlightPassages(0)
                .build();

        private Marker(QueryPlan plan) {
            this.plan = plan;
        }

        /** The field's best sentence with its marks (none when nothing in it matched); several values as one text. */
        List<String> mark(String field, List<String> values) {
            String content = content(values);
            Query query = queries.computeIfAbsent(field, this::query);
            if (content.isEmpty() || query == null) {
                return List.of();
            }
            try {
                Object marked = highlighter.highlightWithoutSearcher(field, query, content, 1);
                String snippet = marked == null ? "" : marked.toString().trim();
                return snippet.isEmpty() ? List.of() : List.of(snippet);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The ranking's clauses on one field, as one query: the quoted phrases; every alternative of a
         * content word (and of "niet" and the like when all words are asked for); the whole phrase and
         * the neighbour pairs; the words as a phrase when there is no content word.
         */
        private Query query(String field) {
            var builder = new QueryBuilder(dutch);
            var any = new BooleanQuery.Builder();
            plan.quoted().forEach(q -> add(any, builder.createPhraseQuery(field, q)));
            List<QueryPlan.Slot> marking = plan.required().size() > 1 ? plan.required() : plan.content();
            marking.forEach(slot -> slot.alternatives().forEach(a -> add(any, a.isPhrase()
                    ? builder.createPhraseQuery(field, a.text()) : builder.createBooleanQuery(field, a.text()))));
            List<String> words = plan.phrase();
            if (plan.content().isEmpty() && plan.quoted().isEmpty()) {
                add(any, builder.createPhraseQuery(field, String.join(" ", words)));
            }
            if (words.size() > 1 && plan.slots().size() > 1) {
                add(any, builder.createPhraseQuery(field, String.join(" ", words)));
                for (int i = 0; i + 1 < words.size() && words.size() > 2; i++) {
                    add(any, builder.createPhraseQuery(field, words.get(i) + " " + words.get(i + 1)));
                }
            }
            BooleanQuery query = any.build();
            return query.clauses().isEmpty() ? null : query;
        }
    }

    /** Marks for the plan's words; a plan without words (all items, newest first) marks nothing. */
    Marker marker(QueryPlan plan) {
        return new Marker(plan);
    }

    private static void add(BooleanQuery.Builder any, Query query) {
        if (query != null) {
            any.add(query, BooleanClause.Occur.SHOULD);
        }
    }

    /** The values as the highlighter reads stored values: joined by its separator, the first 10 000 characters. */
    private static String content(List<String> values) {
        var content = new StringBuilder();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            if (!content.isEmpty()) {
                int budget = MAX_LENGTH - content.length();
                if (budget <= 0) {
                    break;
                }
                content.append(SEPARATOR).append(value, 0, Math.min(budget - 1, value.length()));
            } else {
                content.append(value, 0, Math.min(MAX_LENGTH, value.length()));
            }
        }
        return content.toString();
    }

    /** {@code <mark>} around matches (overlapping ones as one), the rest HTML-escaped, no ellipsis. */
    private static final class EscapingFormatter extends DefaultPassageFormatter {

        private final SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();

        EscapingFormatter() {
            super("<mark>", "</mark>", "", false);
        }

        @Override
        protected void append(StringBuilder dest, String content, int start, int end) {
            dest.append(encoder.encodeText(content.substring(start, end)));
        }
    }
}
