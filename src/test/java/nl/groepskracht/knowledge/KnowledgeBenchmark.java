package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Writes {@code bench.items} (10 000) realistic Dutch items through the service, 10 % with a PDF,
 * then rebuilds the index with the mass indexer, runs 100 typical searches and prints indexing
 * rates, search p50/p95 and the index size. Run with {@code ./mvnw -Pbench verify}; figures, no
 * timing assertions. Its own database and index directory under target/.
 */
// its own, empty database (a @DynamicPropertySource comes too late for the embedded MariaDB, which
// starts while the environment is prepared)
@SpringBootTest(properties = {"groepskracht.embedded-db.data-dir=target/bench-knowledge/mariadb",
    "groepskracht.embedded-db.fresh=true"})
// only under failsafe (-Pbench): in a surefire JVM the test database already runs and would get the items
@EnabledIfSystemProperty(named = "groepskracht.it.jar", matches = ".+")
class KnowledgeBenchmark {

    private static final int ITEMS = Integer.getInteger("bench.items", 10_000);
    private static final String RUN = String.valueOf(System.currentTimeMillis());
    private static final Path INDEX = Path.of("target", "bench-knowledge-" + RUN, "index").toAbsolutePath();

    @DynamicPropertySource
    static void ownDatabaseAndIndex(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
        registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", INDEX::toString);
        registry.add("logging.level.root", () -> "WARN");
    }

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeAttachments attachments;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    SearchIndexBootstrap index;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;

    @Test
    void indexing_and_searching_ten_thousand_items() throws Exception {
        Professional author = accounts.create("Benchmark", Role.FACILITATOR);
        var text = new DutchText(new Random(8));
        List<ThemeItem> themes = directory.allThemes();
        List<WijkItem> wijken = directory.allWijken();
        List<KnowledgeDraft> drafts = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            drafts.add(text.draft(themes.get(i % themes.size()).id(),
                    i % 5 == 0 ? null : wijken.get(i % wijken.size()).id()));
            pdfs.add(i % 10 == 0 ? TestFiles.pdf(text.sentences(12).split("(?<=\\.) ")) : null);
        }

        long started = System.nanoTime();
        for (int i = 0; i < ITEMS; i++) {
            KnowledgeDraft draft = drafts.get(i);
            byte[] pdf = pdfs.get(i);
            as(author, () -> {
                long id = knowledge.create(draft);
                if (pdf != null) {
                    attachments.add(id, "draaiboek-" + id + ".pdf", pdf.length, new ByteArrayInputStream(pdf));
                }
            });
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH knowledge: %d items written through the service (DB, Tika, index) in %.1f s: "
                + "%.0f items/s%n", ITEMS, writeSeconds, ITEMS / writeSeconds);

        started = System.nanoTime();
        index.rebuild();
        double rebuildSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH knowledge: mass indexer rebuilt the index of %d items in %.1f s: %.0f items/s%n",
                ITEMS, rebuildSeconds, ITEMS / rebuildSeconds);

        List<SearchFilter> queries = DutchText.queries(themes, wijken);
        queries.forEach(q -> as(author, () -> search.search(q, PageRequest.of(0, 20))));
        long[] nanos = new long[queries.size()];
        long hits = 0;
        Map<String, Long> slowest = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            SearchFilter query = queries.get(i);
            long t = System.nanoTime();
            hits += as(author, () -> search.search(query, PageRequest.of(0, 20))).getTotalElements();
            nanos[i] = System.nanoTime() - t;
            slowest.merge(query.text(), nanos[i], Math::max);
        }
        Arrays.sort(nanos);
        System.out.println("BENCH knowledge: slowest texts (max over their filters): " + slowest.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .map(e -> String.format("%s %.1f ms", e.getKey(), e.getValue() / 1e6)).toList());
        System.out.printf("BENCH knowledge: %d searches (first page of 20, highlighted): p50 %.1f ms, p95 %.1f ms, "
                + "max %.1f ms, %d hits in total%n", nanos.length, nanos[nanos.length / 2] / 1e6,
                nanos[(int) (nanos.length * 0.95)] / 1e6, nanos[nanos.length - 1] / 1e6, hits);
        nl.groepskracht.bench.BenchSummary.add("knowledge search at " + ITEMS + " items", String.format(
                "p50 %.1f ms, p95 %.1f ms", nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6));
        System.out.printf("BENCH knowledge: index size %.1f MB in %s%n", size(INDEX) / 1e6, INDEX);
        assertThat(hits).isPositive();
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
