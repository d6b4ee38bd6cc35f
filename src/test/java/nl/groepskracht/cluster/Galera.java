package nl.groepskracht.cluster;

import java.nio.file.Path;
import nl.groepskracht.support.Scripts;

/** The Galera cluster of the proof, through cluster/galera.sh (ports 13301.. for clients). */
final class Galera {

    private final Path dir;
    private int nodes = 3;

    Galera(Path dir) {
        this.dir = dir;
    }

    String start(int count) {
        nodes = count;
        return Scripts.run(20, "galera.sh", "start", dir.toString(), String.valueOf(count));
    }

    /** The portals' JDBC URL: every node in order, all writes through the first one that is up and synced. */
    String url() {
        return Scripts.run(1, "galera.sh", "url", dir.toString());
    }

    void kill(int node) {
        Scripts.run(1, "galera.sh", "kill", dir.toString(), String.valueOf(node));
    }

    String rejoin(int node) {
        return Scripts.run(20, "galera.sh", "rejoin", dir.toString(), String.valueOf(node));
    }

    String status() {
        return Scripts.run(1, "galera.sh", "status", dir.toString());
    }

    Path dir() {
        return dir;
    }

    void stop() {
        Scripts.quietly(5, "galera.sh", "stop", dir.toString());
    }

    int nodes() {
        return nodes;
    }
}
