package nl.groepskracht.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The packaged jar, started as a person would ({@code java -jar}) on its own embedded MariaDB with
 * demo data, on a free port. Browser journeys run against it.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path work;

    private PortalProcess(Process process, int port, Path work) {
        this.process = process;
        this.port = port;
        this.work = work;
    }

    public static PortalProcess start(int smtpPort, String... extraArgs) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("groepskracht.it.jar", "target/groepskracht.jar"));
        Path work = Path.of(System.getProperty("groepskracht.it.work-dir", "target/it"));
        Files.createDirectories(work);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // started as on a server set to Dutch time: the portal pins itself to UTC (UtcJvmZone)
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Duser.timezone=Europe/Amsterdam"));
        String jvmArgs = System.getProperty("groepskracht.it.jvm-args", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--groepskracht.embedded-db.data-dir=" + work.resolve("mariadb-" + port).toAbsolutePath(),
                "--groepskracht.data-dir=" + work.resolve("data-" + port).toAbsolutePath(),
                "--groepskracht.demo-data.enabled=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--groepskracht.mail.dispatch-interval=1s",
                "--groepskracht.reminders.initial-delay=2s", "--groepskracht.reminders.interval=3s",
                "--logging.level.nl.groepskracht.calendar.SessionReminders=DEBUG",
                "--groepskracht.evaluation.initial-delay=2s", "--groepskracht.evaluation.interval=3s",
                "--groepskracht.public-url=http://localhost:" + port,
                "--groepskracht.clock.start=" + clockStart()));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("portal-" + port + ".log").toFile())
                .start();
        var portal = new PortalProcess(process, port, work);
        portal.awaitHealthy(Duration.ofMinutes(3));
        return portal;
    }

    /**
     * The portal runs on a clock of its own: the test run's "now" when one is given
     * ({@code -Dgroepskracht.test.now}), else 10:00 today, so journeys never depend on the hour they run at.
     */
    public static String clockStart() {
        String configured = TestTime.configured();
        return configured.isEmpty() ? java.time.LocalDate.now(nl.groepskracht.base.AppZone.ID).atTime(10, 0).toString()
                : configured;
    }

    /** What the portal logged so far. */
    public List<String> log() {
        try {
            return Files.readAllLines(work.resolve("portal-" + port + ".log"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The embedded database's socket, for benchmarks that read what the portal stored. */
    public Path databaseSocket() {
        return work.resolve("mariadb-" + port).resolve("mariadb.sock").toAbsolutePath();
    }

    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped during start-up; see target/it/portal-" + port
                        + ".log");
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The portal did not become healthy within " + timeout);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
