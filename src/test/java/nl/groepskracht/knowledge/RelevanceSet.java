package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.core.io.ClassPathResource;

/**
 * The relevance test set of {@code knowledge/relevance/}: items with a key, and queries with the keys
 * of the items a professional expects (judged before tuning). Scores MRR@10 and recall@5.
 */
final class RelevanceSet {

    record Item(String key, KnowledgeKind kind, String theme, String title, String summary, String body) {
    }

    record Query(String category, String text, Set<String> relevant) {
    }

    /** Reciprocal rank of the first relevant item in the top 10 and the share of relevant items in the top 5. */
    record Score(Query query, List<String> ranked, double reciprocalRank, double recallAt5) {
    }

    private RelevanceSet() {
    }

    static List<Item> items() {
        return Arrays.stream(read("items.txt").split("(?m)^===\\n")).map(String::strip).filter(b -> !b.isEmpty())
                .map(block -> {
                    String[] lines = block.split("\\n", 4);
                    String[] head = lines[0].split(" ");
                    return new Item(head[0], KnowledgeKind.valueOf(head[1]), head[2], lines[1], lines[2], lines[3]);
                }).toList();
    }

    static List<Query> queries() {
        return read("queries.txt").lines().map(l -> l.split("\\s*\\|\\s*"))
                .map(c -> new Query(c[0].strip(), c[1].strip(), Set.of(c[2].strip().split("\\s+")))).toList();
    }

    static Score score(Query query, List<String> ranked) {
        double rr = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
            if (query.relevant().contains(ranked.get(i))) {
                rr = 1.0 / (i + 1);
                break;
            }
        }
        long found = ranked.stream().limit(5).filter(query.relevant()::contains).count();
        return new Score(query, ranked, rr, (double) found / Math.min(5, query.relevant().size()));
    }

    /** Per category and overall: number of queries, MRR@10 and recall@5, as printed lines. */
    static Map<String, double[]> summary(List<Score> scores) {
        Map<String, double[]> rows = new TreeMap<>();
        for (Score s : scores) {
            for (String row : List.of(s.query().category(), "ALL")) {
                double[] sums = rows.computeIfAbsent(row, r -> new double[3]);
                sums[0]++;
                sums[1] += s.reciprocalRank();
                sums[2] += s.recallAt5();
            }
        }
        Map<String, double[]> averages = new LinkedHashMap<>();
        rows.forEach((row, sums) -> averages.put(row, new double[] {sums[0], sums[1] / sums[0], sums[2] / sums[0]}));
        return averages;
    }

    static String report(List<Score> scores, Function<String, String> titles) {
        var text = new StringBuilder("RELEVANCE knowledge search (MRR@10, recall@5 = relevant in top 5 / min(5, relevant))\n");
        summary(scores).forEach((row, v) -> text.append("RELEVANCE %-11s %2.0f queries  MRR@10 %.3f  recall@5 %.3f%n"
                .formatted(row, v[0], v[1], v[2])));
        for (Score s : scores) {
            if (s.reciprocalRank() < 1) {
                text.append("RELEVANCE   %-10s %-38s RR %.2f  top 5: %s%n".formatted(s.query().category(),
                        '"' + s.query().text() + '"', s.reciprocalRank(),
                        s.ranked().stream().limit(5).map(titles).toList()));
            }
        }
        return text.toString();
    }

    private static String read(String name) {
        try {
            return new ClassPathResource("knowledge/relevance/" + name).getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("(?m)^#.*\\n", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
