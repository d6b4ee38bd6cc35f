package nl.groepskracht.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.groepskracht.support.Scripts;

/**
 * The tested restore: a backup of the running cluster (cluster/backup.sh), every portal and the cluster
 * stopped, the backup restored into a fresh cluster (cluster/restore.sh), the search index dropped (a fresh
 * search cluster), and a portal started on it that rebuilds its search index from the restored items.
 */
record Restore(Map<String, Long> before, Map<String, Long> after, String script, boolean portalReady,
        boolean indexRebuilt, double seconds) {

    static Restore run(Galera galera, Map<String, Long> before, Path work, PortalNode a, PortalNode b, Duration start,
            List<String> shared, Runnable freshSearch) throws Exception {
        Path dump = work.resolve("backup/groepskracht.sql.gz");
        System.out.println("CLUSTER " + Scripts.run(10, "backup.sh", galera.dir().toString(), "2", dump.toString()));
        a.close();
        b.close();
        galera.stop();
        long started = System.nanoTime();
        Galera fresh = new Galera(work.resolve("restored"));
        String script;
        try {
            script = Scripts.run(30, "restore.sh", dump.toString(), fresh.dir().toString(), "3");
            freshSearch.run();
            List<String> args = new java.util.ArrayList<>(List.of(
                    "--spring.datasource.url=" + fresh.url(), "--spring.datasource.username=groepskracht",
                    "--spring.datasource.password=groepskracht", "--logging.level.root=WARN",
                    "--logging.level.nl.groepskracht=INFO",
                    "--logging.level.org.hibernate.search.mapper.orm.massindexing=INFO"));
            args.addAll(shared);
            PortalNode portal = new PortalNode("nodeR", 18083, 19083, work.resolve("nodeR"), args);
            try (portal) {
                portal.start(start);
                boolean ready = portal.ready();
                boolean rebuilt = Files.readString(portal.log()).contains("Search index rebuilt");
                Map<String, Long> after = new ClusterFigures(fresh.url()).counts();
                return new Restore(before, after, script.lines().filter(l -> l.startsWith("restored")).toList()
                        .toString(), ready, rebuilt, (System.nanoTime() - started) / 1e9);
            }
        } finally {
            fresh.stop();
        }
    }

    boolean matches() {
        return before.equals(after) && portalReady;
    }

    @Override
    public String toString() {
        return String.format("rows before %s, after %s (%s); portal ready on the restored cluster: %s, search index"
                + " rebuilt from the database: %s; %.0f s from stopped cluster to ready portal; %s",
                before, after, before.equals(after) ? "equal" : "DIFFERENT", portalReady, indexRebuilt, seconds, script);
    }
}
