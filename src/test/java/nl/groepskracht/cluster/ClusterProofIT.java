package nl.groepskracht.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalProcess;
import nl.groepskracht.support.Scripts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The cluster proof ({@code ./mvnw -Pcluster verify}): three Galera nodes, OpenSearch, two portal nodes and
 * nginx on loopback; knowledge items saved on one node searched for on the other; a storm of parents signing
 * up and confirming through nginx while the Galera node the portals write to is killed and rejoins, a portal
 * node is killed and started again, and OpenSearch is stopped for 30 s; then a backup restored into a fresh
 * cluster. Prints its figures (lines starting with CLUSTER); asserts only what must hold
 * whatever the machine's speed: nothing lost, nothing doubled, nothing overbooked, everything restored.
 */
class ClusterProofIT {

    private static final Path WORK = Path.of("target", "cluster").toAbsolutePath();
    private static final int SMTP = Integer.getInteger("groepskracht.test.smtp-port", 3121);
    private static final int NGINX = Integer.getInteger("cluster.nginx-port", 18080);
    private static final int STORM = Integer.getInteger("cluster.parents", 300);
    private static final int SEARCH = Integer.getInteger("cluster.opensearch-port", 8203);
    private static final Path OPENSEARCH = WORK.resolve("opensearch");
    private static final Duration START = Duration.ofMinutes(Integer.getInteger("cluster.start-minutes", 8));
    private static final List<AutoCloseable> running = new ArrayList<>();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private final Galera galera = new Galera(WORK.resolve("galera"));
    private PortalNode a;
    private PortalNode b;

    @Test
    void the_cluster_survives_failures_without_losing_doubling_or_overbooking() throws Exception {
        Waits.clean(WORK);
        Mailbox mailbox = new Mailbox(SMTP);
        running.add(mailbox);
        running.add(galera::stop);
        running.add(() -> Scripts.quietly(1, "nginx.sh", "stop", WORK.resolve("nginx").toString()));
        running.add(() -> Scripts.quietly(2, "opensearch.sh", "stop", OPENSEARCH.toString()));
        System.out.println("CLUSTER galera: " + galera.start(3).replace("\n", " | "));
        System.out.println("CLUSTER " + openSearch("start"));
        a = node("nodeA", 18081, 19081);
        b = node("nodeB", 18082, 19082);
        nginx(a);
        a.start(START, "--groepskracht.demo-data.enabled=true");
        b.start(START);
        List<Long> groups = groups();
        System.out.println("CLUSTER groups with sign-up: " + groups);
        ClusterFigures db = new ClusterFigures(galera.url());

        System.out.println("CLUSTER offer across nodes: " + OfferAcrossNodes.measure(a, b, groups.getFirst(),
                to -> mailbox.await(to, "/aanmelding/", Duration.ofMinutes(4)), RUN));

        // throughput: the same storm with one node behind nginx, then with two
        double one = throughput("1 portal node", groups, mailbox, 0);
        nginx(a, b);
        double two = throughput("2 portal nodes", groups, mailbox, 1);
        System.out.printf("CLUSTER throughput: 1 node %.2f parents/s, 2 nodes %.2f parents/s%n", one, two);
        KnowledgeAcrossNodes knowledge = new KnowledgeAcrossNodes("http://127.0.0.1:" + NGINX);
        running.add(knowledge);
        System.out.println("CLUSTER search across nodes: " + knowledge.savedOnOneFoundOnTheOther(a.route, b.route, 3,
                RUN));

        // the storm with failures
        ParentStorm storm = new ParentStorm("http://127.0.0.1:" + NGINX, groups,
                to -> mailbox.await(to, "/aanmelding/", Duration.ofMinutes(4)), RUN + "f");
        AtomicBoolean failuresDone = new AtomicBoolean();
        Thread stormThread = Thread.ofPlatform().start(() -> {
            try {
                storm.run(8, STORM, STORM * 3, failuresDone, Duration.ofMinutes(40));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Failover> failovers = new ArrayList<>();
        Waits.awaitAccepted(storm, 30);
        failovers.add(Failover.run("Galera node 1 (the portals' writer) killed", storm, () -> {
            galera.kill(1);
            Waits.awaitProgress(storm, 20);
            System.out.println("CLUSTER " + galera.rejoin(1).replace("\n", " | "));
        }));
        failovers.add(Failover.run("portal nodeA killed", storm, () -> {
            a.kill();
            Waits.awaitProgress(storm, 20);
            a.start(START);
        }));
        failovers.add(Failover.run("OpenSearch stopped for 30 s", storm, () -> System.out.println(
                "CLUSTER search outage: " + knowledge.savedWhileSearchIsDown(a.route, b.route, RUN, () -> openSearch("stop"),
                        () -> {
                            Waits.sleep(Duration.ofSeconds(30));
                            System.out.println("CLUSTER " + openSearch("start"));
                        }))));
        failuresDone.set(true);
        stormThread.join(Duration.ofMinutes(45));

        Waits.awaitDrained(db);
        Set<String> stored = db.storedSignups(RUN + "f");
        Set<String> accepted = new LinkedHashSet<>(storm.accepted);
        long lost = accepted.stream().filter(e -> !stored.contains(e)).count();
        System.out.printf("CLUSTER sign-ups: %d parents, %d accepted, %d stored, %d lost, %d gave up after 6 tries,"
                + " %d confirmed%n", storm.started(), accepted.size(), stored.size(), lost, storm.gaveUp.get(),
                storm.confirmed.size());
        MailCount mails = MailCount.of(db.outbox(), mailbox.received());
        System.out.println("CLUSTER mails (all storms): " + mails);
        long overbooked = 0;
        for (long[] g : db.places(groups)) {
            System.out.printf("CLUSTER group %d: %d places given of %d, %d waiting%n", g[0], g[2], g[1], g[3]);
            overbooked += Math.max(0, g[2] - g[1]);
        }
        System.out.println("CLUSTER overbooked places: " + overbooked);
        failovers.forEach(f -> System.out.println("CLUSTER failover " + f.describe(storm)));
        System.out.println("CLUSTER sticky sessions: " + Sticky.check("http://127.0.0.1:" + NGINX,
                WORK.resolve("nginx/access.log")));
        for (PortalNode node : List.of(a, b)) {
            System.out.printf("CLUSTER %s: %d ERROR lines in its log, started %d times%n", node.route,
                    node.errors().size(), node.starts());
            node.errors().stream().limit(5).forEach(l -> System.out.println("CLUSTER   " + l));
        }
        Map<String, Long> before = db.counts();
        Restore restore = Restore.run(galera, before, WORK, a, b, START, shared(),
                () -> Scripts.run(1, "opensearch.sh", "drop-index", OPENSEARCH.toString(), String.valueOf(SEARCH)));
        System.out.println("CLUSTER restore: " + restore);

        assertThat(lost).as("accepted sign-ups lost").isZero();
        assertThat(mails.lost()).as("mails lost").isZero();
        assertThat(mails.duplicates()).as("mails received twice").isZero();
        assertThat(overbooked).as("places beyond capacity").isZero();
        assertThat(restore.matches()).as("every row back after the restore").isTrue();
    }

    private PortalNode node(String route, int port, int management) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + galera.url(), "--spring.datasource.username=groepskracht",
                "--spring.datasource.password=groepskracht",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP,
                "--groepskracht.mail.dispatch-interval=1s", "--groepskracht.public-url=http://127.0.0.1:" + NGINX,
                "--groepskracht.clock.start=" + PortalProcess.clockStart(), "--logging.level.root=WARN",
                "--logging.level.nl.groepskracht=INFO"));
        args.addAll(shared());
        PortalNode node = new PortalNode(route, port, management, WORK.resolve(route), args);
        running.add(node);
        return node;
    }

    /** What every node of the cluster shares besides the database: the portal secret and the search. */
    private static List<String> shared() {
        return List.of("--groepskracht.security.secret=cluster-proof-secret-the-same-on-every-node",
                "--spring.jpa.properties.hibernate.search.backend.hosts=127.0.0.1:" + SEARCH,
                "--groepskracht.security.two-factor.mode=optional");
    }

    private static String openSearch(String command) {
        return command.equals("start")
                ? Scripts.run(6, "opensearch.sh", "start", OPENSEARCH.toString(), String.valueOf(SEARCH),
                        String.valueOf(SEARCH + 1))
                : Scripts.run(2, "opensearch.sh", command, OPENSEARCH.toString());
    }


    private void nginx(PortalNode... nodes) {
        List<String> args = new ArrayList<>(List.of(nodes.length == 1 ? "start" : "reload",
                WORK.resolve("nginx").toString(), String.valueOf(NGINX)));
        for (PortalNode node : nodes) {
            args.add(node.route + "=" + node.address());
        }
        Scripts.run(1, "nginx.sh", args.toArray(String[]::new));
    }

    private double throughput(String label, List<Long> groups, Mailbox mailbox, int round) throws Exception {
        int parents = Integer.getInteger("cluster.throughput-parents", 60);
        ParentStorm storm = new ParentStorm("http://127.0.0.1:" + NGINX, groups,
                to -> mailbox.await(to, "/aanmelding/", Duration.ofMinutes(4)), RUN + "t" + round);
        double seconds = storm.run(8, parents, parents, new AtomicBoolean(true), Duration.ofMinutes(20));
        long failed = storm.requests.stream().filter(ParentStorm.Request::failed).count();
        System.out.printf("CLUSTER storm with %s: %d parents signed up and confirmed in %.1f s (%.2f parents/s,"
                + " %d requests failed)%n", label, storm.confirmed.size(), seconds, storm.confirmed.size() / seconds,
                failed);
        return storm.confirmed.size() / seconds;
    }

    private List<Long> groups() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String offer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NGINX + "/aanbod")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Set<Long> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("href=\"/aanbod/(\\d+)\"").matcher(offer);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        List<Long> withForm = new ArrayList<>();
        for (long id : ids) {
            String page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + NGINX + "/aanbod/" + id))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            if (page.contains("name=\"email\"")) {
                withForm.add(id);
            }
        }
        assertThat(withForm).as("open groups taking sign-ups in the demo data").isNotEmpty();
        return withForm;
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable process : running.reversed()) {
            try {
                process.close();
            } catch (Exception e) {
                System.out.println("CLUSTER clean-up: " + e);
            }
        }
    }
}
