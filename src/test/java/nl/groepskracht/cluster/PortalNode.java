package nl.groepskracht.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One portal node of the cluster: the packaged jar with the {@code cluster} profile, on the Galera
 * cluster, behind nginx. It can be killed (kill -9, as a machine that dies) and started again.
 */
final class PortalNode implements AutoCloseable {

    final String route;
    final int port;
    final int managementPort;
    private final Path work;
    private final List<String> args;
    private Process process;
    private int starts;

    PortalNode(String route, int port, int managementPort, Path work, List<String> args) {
        this.route = route;
        this.port = port;
        this.managementPort = managementPort;
        this.work = work;
        this.args = args;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    /** Starts the node (extra arguments for this start only) and waits until it is ready. */
    void start(Duration timeout, String... extra) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("groepskracht.it.jar", "target/groepskracht.jar")).toAbsolutePath();
        Files.createDirectories(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Duser.timezone=Europe/Amsterdam", "-Xmx640m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--spring.profiles.active=cluster", "--server.address=127.0.0.1", "--server.port=" + port,
                "--management.server.port=" + managementPort, "--groepskracht.cluster.node-route=" + route,
                "--groepskracht.data-dir=" + work.resolve("data").toAbsolutePath()));
        command.addAll(args);
        command.addAll(List.of(extra));
        starts++;
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        awaitReady(timeout);
    }

    Path log() {
        return work.resolve("portal-" + route + ".log");
    }

    int starts() {
        return starts;
    }

    /** The node dies at once: no shutdown, no finished requests. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    boolean ready() {
        try {
            var response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                            + "/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String metrics() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Portal " + route + " stopped during start-up; see " + log());
            }
            if (ready()) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Portal " + route + " was not ready within " + timeout + "; see " + log());
    }

    /** Lines the node logged at ERROR level (a failover should cost retries and warnings, not errors). */
    List<String> errors() throws IOException {
        return Files.exists(log()) ? Files.readAllLines(log()).stream().filter(l -> l.contains(" ERROR ")).toList()
                : List.of();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
