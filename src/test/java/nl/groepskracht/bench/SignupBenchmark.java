package nl.groepskracht.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalProcess;
import org.junit.jupiter.api.Test;

/**
 * Fires concurrent sign-ups and confirmations at one group over HTTP against the packaged portal
 * on its embedded MariaDB (the run's shared {@link BenchPortal}), and prints throughput, latency, server
 * heap and overbooked places.
 * Run with {@code ./mvnw -Pbench verify}; figures, not assertions, except that nothing is overbooked.
 */
class SignupBenchmark {

    private static final int PARENTS = Integer.getInteger("bench.parents", 2000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final int WARM_UP = Integer.getInteger("bench.warm-up", 500);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void sign_ups_and_confirmations_under_load() throws Exception {
        PortalProcess portal = BenchPortal.shared();
        String offer = get(newClient(), portal.url("/aanbod")).body();
        // the card's link: <a href="/aanbod/12" lang="nl"><bdi>Samen ouder blijven ...
        Matcher group = Pattern.compile("href=\"/aanbod/(\\d+)\"[^>]*>(?:<bdi>)?Samen ouder blijven").matcher(offer);
        assertThat(group.find()).isTrue();
        String groupUrl = portal.url("/aanbod/" + group.group(1));

        long groupId = Long.parseLong(group.group(1));
        Call signUp = (client, csrf, i) -> post(client, groupUrl, csrf, "name=Ouder+" + i + "&email=ouder" + i
                + "." + System.nanoTime() + "%40bench.example&language=nl&consent=true&_consent=on");
        // a running portal is warm: the first requests only teach the JIT, they are not measured
        run("warm-up sign-up", WARM_UP, signUp, groupUrl);
        List<String> warmTokens = tokens(portal, groupId);
        run("warm-up confirm", warmTokens.size(), (client, csrf, i) -> post(client,
                portal.url("/aanmelding/" + warmTokens.get(i)), csrf, ""), groupUrl);

        List<Long> signupTimes = run("sign-up", PARENTS, signUp, groupUrl);
        List<String> tokens = tokens(portal, groupId);
        List<Long> confirmTimes = run("confirm", tokens.size(), (client, csrf, i) -> post(client,
                portal.url("/aanmelding/" + tokens.get(i)), csrf, ""), groupUrl);
        int[] taken = confirmedAndCapacity(portal, groupId);
        BenchSummary.add("overbooked places after the confirmations", String.format("%d (confirmed %d, capacity %d)",
                Math.max(0, taken[0] - taken[1]), taken[0], taken[1]));
        System.out.printf("BENCH server heap: %s%n", ServerHeap.describe(portal.pid()));
        assertThat(taken[0]).isLessThanOrEqualTo(taken[1]);
        assertThat(signupTimes).hasSize(PARENTS);
        assertThat(confirmTimes).hasSize(tokens.size());
    }

    interface Call {
        int send(HttpClient client, String csrf, int index) throws Exception;
    }

    private static List<Long> run(String name, int count, Call call, String pageWithForm) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        var next = new java.util.concurrent.atomic.AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CLIENTS; w++) {
            workers.add(pool.submit(() -> {
                HttpClient client = newClient();
                Matcher token = CSRF.matcher(get(client, pageWithForm).body());
                token.find();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    int status = call.send(client, token.group(1), i);
                    nanos.add(System.nanoTime() - t0);
                    if (status >= 400) {
                        throw new IllegalStateException(name + " answered " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        String figure = String.format("%d requests, %.0f req/s, p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.size(),
                sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 95), sorted.getLast() / 1e6);
        if (name.startsWith("warm-up")) {
            System.out.printf("BENCH %s: %s%n", name, figure);
        } else {
            BenchSummary.add(name + " POST, " + CLIENTS + " clients", figure);
        }
        return sorted;
    }

    private static double percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int post(HttpClient client, String url, String csrf, String form) throws Exception {
        String body = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + (form.isEmpty() ? "" : "&" + form);
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static List<String> tokens(PortalProcess portal, long groupId) throws Exception {
        try (var db = DriverManager.getConnection(jdbc(portal));
                // only hashes of the tokens are stored: read the links from the (unsent) confirmation mails
                var query = db.prepareStatement("select o.body_text from outbox_mail o "
                        + "join participant p on p.email = o.recipient join registration r on r.participant_id = p.id "
                        + "where r.group_id = ? and r.status = 'PENDING' and o.body_text like '%/aanmelding/%'")) {
            query.setLong(1, groupId);
            List<String> tokens = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    tokens.add(nl.groepskracht.support.Parents.confirmToken(rows.getString(1)));
                }
            }
            return tokens;
        }
    }

    private static int[] confirmedAndCapacity(PortalProcess portal, long groupId) throws Exception {
        try (var db = DriverManager.getConnection(jdbc(portal));
                var query = db.prepareStatement("select (select count(*) from registration where group_id = g.id "
                        + "and status = 'CONFIRMED'), g.capacity from parent_group g where g.id = ?")) {
            query.setLong(1, groupId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return new int[] {rows.getInt(1), rows.getInt(2)};
            }
        }
    }

    private static String jdbc(PortalProcess portal) {
        return "jdbc:mariadb://localhost/groepskracht?localSocket=" + portal.databaseSocket() + "&user=root";
    }
}
