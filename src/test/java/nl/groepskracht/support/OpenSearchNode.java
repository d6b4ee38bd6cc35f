package nl.groepskracht.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One OpenSearch node for the tests that need the cluster's search ({@code -Pcluster}), started once per test
 * JVM by the project's own script ({@code cluster/opensearch.sh}, the same one an operator uses) and stopped
 * when the JVM ends. Port {@code groepskracht.test.opensearch-port} (HTTP; transport on the next port).
 */
public final class OpenSearchNode {

    public static final int PORT = Integer.getInteger("groepskracht.test.opensearch-port", 8205);
    private static final Path DIR = Path.of("target", "opensearch-test").toAbsolutePath();
    private static boolean started;

    private OpenSearchNode() {
    }

    /** The node's {@code host:port}, started (with an empty index directory) the first time it is asked for. */
    public static synchronized String hosts() {
        if (!started) {
            script("start", DIR.toString(), String.valueOf(PORT), String.valueOf(PORT + 1));
            started = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> script("stop", DIR.toString())));
        }
        return "127.0.0.1:" + PORT;
    }

    /** Runs {@code cluster/opensearch.sh args...} (at most 5 minutes) and fails with its output when it fails. */
    public static String script(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", Path.of("cluster", "opensearch.sh")
                .toAbsolutePath().toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new StringBuilder();
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the script ended
                }
            });
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("opensearch.sh " + String.join(" ", args) + " took over 5 minutes");
            }
            reader.join(5000);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("opensearch.sh " + String.join(" ", args) + " failed:\n" + output);
            }
            return output.toString().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
