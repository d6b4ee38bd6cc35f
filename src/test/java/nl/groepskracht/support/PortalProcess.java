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
import java.util.Arrays;
import java.util.List;

/**
 * The packaged jar, started as a person would ({@code java -jar}) on its own embedded MariaDB with
 * demo data, on a free port. Browser journeys run against it.
 */
public final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path work;
    private final String dirs;
    private long launchedNanos;
    private long startedNanos;

    private PortalProcess(Process process, int port, Path work, String dirs) {
        this.process = process;
        this.port = port;
        this.work = work;
        this.dirs = dirs;
    }

    public static PortalProcess start(int smtpPort, String... extraArgs) throws IOException, InterruptedException {
        return start(null, smtpPort, extraArgs);
    }

    /**
     * Started on the database and data directories called {@code name} under the work directory, which
     * outlive the process: a second start with the same name is a restart (benchmarks' warm start). A null
     * name gives directories of their own.
     */
    public static PortalProcess start(String name, int smtpPort, String... extraArgs)
            throws IOException, InterruptedException {
        return start(name, true, smtpPort, extraArgs);
    }

    /**
     * As {@link #start(String, int, String...)}; {@code fast}: as README's {@code run-fast.sh} starts it (the
     * extracted jar with the ahead-of-time cache of its training run) when that cache was made for this jar,
     * else, or when not {@code fast}, plainly with {@code java -jar}.
     */
    public static PortalProcess start(String name, boolean fast, int smtpPort, String... extraArgs)
            throws IOException, InterruptedException {
        var portal = launch(name, fast, smtpPort, extraArgs);
        // a machine shared by many builds may need longer: -Dgroepskracht.it.start-minutes=10
        portal.awaitHealthy(Duration.ofMinutes(Long.getLong("groepskracht.it.start-minutes", 3)));
        portal.startedNanos = System.nanoTime() - portal.launchedNanos;
        return portal;
    }

    /** As {@link #start(String, boolean, int, String...)}, without waiting for the portal to answer. */
    public static PortalProcess launch(String name, boolean fast, int smtpPort, String... extraArgs)
            throws IOException {
        Path work = Path.of(System.getProperty("groepskracht.it.work-dir", "target/it"));
        Files.createDirectories(work);
        int port = freePort();
        String dirs = name == null ? String.valueOf(port) : name;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // started as on a server set to Dutch time: the portal pins itself to UTC (UtcJvmZone)
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Duser.timezone=Europe/Amsterdam"));
        String jvmArgs = System.getProperty("groepskracht.it.jvm-args", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.addAll(launch(fast));
        List<String> defaults = List.of("--server.port=" + port,
                "--groepskracht.embedded-db.data-dir=" + work.resolve("mariadb-" + dirs).toAbsolutePath(),
                "--groepskracht.data-dir=" + work.resolve("data-" + dirs).toAbsolutePath(),
                "--groepskracht.demo-data.enabled=true",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--groepskracht.mail.dispatch-interval=1s",
                "--groepskracht.reminders.initial-delay=2s", "--groepskracht.reminders.interval=3s",
                "--logging.level.nl.groepskracht.calendar.SessionReminders=DEBUG",
                "--groepskracht.evaluation.initial-delay=2s", "--groepskracht.evaluation.interval=3s",
                "--groepskracht.public-url=http://localhost:" + port,
                "--groepskracht.clock.start=" + clockStart());
        // an extra argument replaces the default of the same name (two values would be joined with a comma)
        List<String> names = Arrays.stream(extraArgs).map(arg -> arg.split("=", 2)[0]).toList();
        defaults.stream().filter(arg -> !names.contains(arg.split("=", 2)[0])).forEach(command::add);
        command.addAll(List.of(extraArgs));
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("portal-" + port + ".log").toFile())
                .start();
        var portal = new PortalProcess(process, port, work, dirs);
        portal.launchedNanos = launched;
        return portal;
    }

    /** The process's exit code once it ended, or empty when it still runs after {@code timeout}. */
    public java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    /**
     * The jar, or the jar extracted beside it ({@code target/groepskracht/}) with the JDK's ahead-of-time cache
     * of its training run, as {@code run-fast.sh} makes them. A cache older than the jar belongs to an earlier
     * build (its extracted classes too): then the jar itself.
     */
    private static List<String> launch(boolean fast) throws IOException {
        Path jar = Path.of(System.getProperty("groepskracht.it.jar", "target/groepskracht.jar")).toAbsolutePath();
        Path extracted = jar.resolveSibling(jar.getFileName().toString().replace(".jar", ""));
        Path cache = extracted.resolve("groepskracht.aot");
        Path extractedJar = extracted.resolve(jar.getFileName());
        if (fast && Files.isRegularFile(cache) && Files.isRegularFile(extractedJar)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            return List.of("-XX:AOTCache=" + cache, "-jar", extractedJar.toString());
        }
        return List.of("-jar", jar.toString());
    }

    /** Whether {@link #start(String, boolean, int, String...)} with {@code fast} starts from the AOT cache. */
    public static boolean fastLaunchAvailable() throws IOException {
        return launch(true).size() == 3;
    }

    /** From launching the process until the portal answered healthy. */
    public Duration startTime() {
        return Duration.ofNanos(startedNanos);
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
        return work.resolve("mariadb-" + dirs).resolve("mariadb.sock").toAbsolutePath();
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
            Thread.sleep(100);
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
