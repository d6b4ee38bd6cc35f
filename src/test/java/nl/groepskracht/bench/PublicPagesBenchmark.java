package nl.groepskracht.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalProcess;
import org.junit.jupiter.api.Test;

/**
 * The public pages under load, beside Debian's nginx serving the very same bytes on the same machine in
 * the same run: requests per second, p50/p99, their ratio, and the SQL statements one request costs
 * (MariaDB's global {@code Questions} counter around sequential requests), and the portal's CPU time per request
 * over the measured window. {@code -Dbench.connections}
 * (16) and {@code -Dbench.seconds} (10) change the load.
 */
class PublicPagesBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 16);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final int COUNTED = 200;

    @Test
    void offer_and_group_page_beside_nginx() throws Exception {
        PortalProcess portal = BenchPortal.shared();
        HttpClient client = HttpClient.newHttpClient();
        String offer = body(client, portal.url("/aanbod"));
        Matcher group = Pattern.compile("href=\"(/aanbod/\\d+)\"").matcher(offer);
        assertThat(group.find()).as("a group on the offer").isTrue();
        Map<String, byte[]> pages = new LinkedHashMap<>();
        pages.put("/aanbod", offer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        pages.put(group.group(1), body(client, portal.url(group.group(1))).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        int port = URI.create(portal.url("/")).getPort();
        // started only where installed: without it the portal's figures are printed and the comparison says skipped
        try (Nginx nginx = Nginx.installed() ? Nginx.serve(pages) : null) {
            for (var page : pages.entrySet()) {
                String name = page.getKey().equals("/aanbod") ? "/aanbod" : "group page";
                var cpu = ProcessHandle.of(portal.pid()).orElseThrow();
                Duration[] before = new Duration[1];
                var ours = LoadClient.run(port, page.getKey(), CONNECTIONS, WARM_UP, MEASURE,
                        () -> before[0] = cpuTime(cpu));
                Duration used = cpuTime(cpu).minus(before[0]);
                BenchSummary.add(name + " (" + page.getValue().length / 1024 + " KB), " + CONNECTIONS
                        + " connections", ours.describe());
                BenchSummary.add(name + ", portal CPU per request", String.format("%.3f ms (%.1f s CPU in the measured"
                        + " %.1f s)", used.toNanos() / 1e6 / ours.requests(), used.toMillis() / 1e3, ours.seconds()));
                if (nginx == null) {
                    BenchSummary.add(name + ", nginx same bytes", "skipped: nginx not installed (apt-get install nginx)");
                } else {
                    var theirs = LoadClient.run(nginx.port(), page.getKey(), CONNECTIONS, WARM_UP, MEASURE);
                    BenchSummary.add(name + ", nginx same bytes", theirs.describe());
                    BenchSummary.add(name + ", portal / nginx", String.format("%.1f %%",
                            100 * ours.perSecond() / theirs.perSecond()));
                }
                BenchSummary.add(name + ", SQL statements per request", queriesPerRequest(portal, client,
                        page.getKey()));
            }
        }
    }

    /**
     * Statements per request over {@link #COUNTED} sequential requests, and beside it what the server ran in an
     * idle window as long (its jobs run too: a figure far above the other says a job ran meanwhile).
     */
    private static String queriesPerRequest(PortalProcess portal, HttpClient client, String path) throws Exception {
        // one connection for all readings: opening one sends statements of its own
        try (var db = DriverManager.getConnection("jdbc:mariadb://localhost/groepskracht?localSocket="
                + portal.databaseSocket() + "&user=root")) {
            long before = questions(db);
            long started = System.nanoTime();
            for (int i = 0; i < COUNTED; i++) {
                body(client, portal.url(path));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            // each SHOW STATUS counts itself
            long requests = questions(db) - before - 1;
            long idleBefore = questions(db);
            Thread.sleep(millis);
            long idle = questions(db) - idleBefore - 1;
            return String.format("%.1f (%d statements; %d in an idle %d ms)", requests / (double) COUNTED, requests,
                    idle, millis);
        }
    }

    /** The portal process's CPU time so far (all its threads: requests, JIT, GC). */
    private static Duration cpuTime(ProcessHandle process) {
        return process.info().totalCpuDuration().orElseThrow();
    }

    private static long questions(java.sql.Connection db) throws Exception {
        try (var rows = db.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }

    private static String body(HttpClient client, String url) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
