package nl.groepskracht.base.db;

import java.sql.SQLException;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/** Telling which unique key refused a write, so a service catches only the conflict it means. */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    /** Whether this failure is the given unique key (index) refusing a duplicate, and nothing else. */
    public static boolean refusedBy(DataIntegrityViolationException failure, String uniqueKey) {
        String key = uniqueKey.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase(Locale.ROOT).endsWith(key)) {
                return true;
            }
            // MariaDB: "Duplicate entry '…' for key 'uk_…'" (error 1062)
            if (cause instanceof SQLException sql && sql.getErrorCode() == 1062 && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(key + "'")) {
                return true;
            }
        }
        return false;
    }
}
