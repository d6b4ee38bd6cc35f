package nl.groepskracht.support;

import java.nio.file.Path;

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

    /** Runs the action with the node stopped (its data kept), then starts it again: an outage of the search. */
    public static void down(Runnable action) {
        hosts();
        script("stop", DIR.toString());
        try {
            action.run();
        } finally {
            script("start", DIR.toString(), String.valueOf(PORT), String.valueOf(PORT + 1));
        }
    }

    /** Drops the knowledge index, as a restore into a fresh cluster finds it: absent. */
    public static void dropIndex() {
        script("drop-index", DIR.toString(), String.valueOf(PORT));
    }

    /** Runs {@code cluster/opensearch.sh args...} (at most 5 minutes) and fails with its output when it fails. */
    public static String script(String... args) {
        return Scripts.run(5, "opensearch.sh", args);
    }
}
