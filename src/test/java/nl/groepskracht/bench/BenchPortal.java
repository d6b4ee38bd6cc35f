package nl.groepskracht.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.groepskracht.support.PortalProcess;

/**
 * The one portal the HTTP and browser benchmarks of a run share, started the way the README starts the
 * packaged portal. Getting it measures start to first page, for {@code java -jar} and for README's
 * {@code run-fast.sh} (the AOT cache the bench profile's training run made), each twice: on new database and
 * data directories (fresh: the MariaDB is installed, migrated and given demo data) and again on the same
 * directories (warm: a restart). The shared portal is then started the fast way. Background jobs wait an hour, so the SQL counted is that of the requests.
 * {@code -Dbench.start-times=false} starts the shared portal without measuring the starts (one benchmark's figures).
 * The second factor is optional (as in the journeys): the portal pages are timed after signing in, not the
 * enrolment a required second factor would show first.
 */
final class BenchPortal {

    private static PortalProcess portal;

    private BenchPortal() {
    }

    static synchronized PortalProcess shared() throws Exception {
        if (portal == null) {
            String name = "bench-" + System.currentTimeMillis();
            if (!Boolean.parseBoolean(System.getProperty("bench.start-times", "true"))) {
                portal = start(name, true);
                Runtime.getRuntime().addShutdownHook(new Thread(BenchPortal::stop));
                return portal;
            }
            BenchSummary.add("start to first page, java -jar, fresh", seconds(measure(name, false)));
            BenchSummary.add("start to first page, java -jar, warm", seconds(measure(name, false)));
            boolean fast = PortalProcess.fastLaunchAvailable();
            String skipped = "skipped: no AOT cache for this jar (./run-fast.sh --train-only, JDK 25+)";
            BenchSummary.add("start to first page, run-fast.sh, fresh", fast ? seconds(measure(name + "-fast", true))
                    : skipped);
            BenchSummary.add("start to first page, run-fast.sh, warm", fast ? seconds(measure(name + "-fast", true))
                    : skipped);
            portal = start(name, true);
            Runtime.getRuntime().addShutdownHook(new Thread(BenchPortal::stop));
        }
        return portal;
    }

    /** A start and stop; the time from launching the JVM until the offer and the login page answered. */
    private static Duration measure(String name, boolean fast) throws Exception {
        try (PortalProcess started = start(name, fast)) {
            HttpClient client = HttpClient.newHttpClient();
            long pages = System.nanoTime();
            for (String page : new String[] {"/aanbod", "/login"}) {
                int status = client.send(HttpRequest.newBuilder(URI.create(started.url(page))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    throw new IllegalStateException(page + " answered " + status);
                }
            }
            return started.startTime().plusNanos(System.nanoTime() - pages);
        }
    }

    private static PortalProcess start(String name, boolean fast) throws Exception {
        return PortalProcess.start(name, fast, 1, "--groepskracht.signup.posts-per-minute=1000000",
                "--groepskracht.security.two-factor.mode=optional",
                "--spring.mail.host=", "--logging.level.root=WARN",
                "--groepskracht.mail.dispatch-interval=1h", "--groepskracht.mail.dispatch-initial-delay=1h",
                "--groepskracht.signup.expiry-initial-delay=1h",
                "--groepskracht.reminders.initial-delay=1h", "--groepskracht.reminders.interval=1h",
                "--groepskracht.evaluation.initial-delay=1h", "--groepskracht.evaluation.interval=1h");
    }

    static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    /** The benchmark's own files (nginx's configuration and pages, browser profile). */
    static Path dir(String name) throws java.io.IOException {
        return Files.createDirectories(Path.of("target", "bench", name).toAbsolutePath());
    }

    private static synchronized void stop() {
        try {
            portal.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
