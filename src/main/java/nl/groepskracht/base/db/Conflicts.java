package nl.groepskracht.base.db;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Which database failures end a transaction that may simply be run again, and the one retry policy for
 * them: the same for {@link RetryOnConflict} methods and for jobs that run their own transactions.
 *
 * <ul>
 * <li>A deadlock (MariaDB error 1213, SQL state 40001). On a Galera cluster this is also how a
 * certification conflict surfaces at commit: another node committed a write to the same row first,
 * and this transaction was rolled back whole.</li>
 * <li>A lock wait that timed out (1205) and a node that is not ready for queries (1047, a Galera node
 * that left the primary component or is still joining).</li>
 * <li>A lost connection: the MariaDB driver moved to the next cluster node (the transaction in
 * progress was lost), or the pool could not hand out a connection in time.</li>
 * </ul>
 * A retry runs the whole transaction again, so it is only for work whose second run does what the
 * first would have done (claims, idempotent updates, decisions read again under their lock).
 */
public final class Conflicts implements MethodRetryPredicate {

    /** Five more tries within about six seconds: longer than a Galera node's failover on loopback. */
    private static final RetryPolicy POLICY = RetryPolicy.builder().predicate(Conflicts::retryable)
            .maxRetries(5).delay(Duration.ofMillis(200)).multiplier(2).maxDelay(Duration.ofSeconds(3))
            .jitter(Duration.ofMillis(50)).build();
    private static final RetryTemplate RETRY = new RetryTemplate(POLICY);

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return retryable(failure);
    }

    /** Whether the failure (or one of its causes) rolled the transaction back for a reason that may pass. */
    public static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransactionRollbackException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || sql.getErrorCode() == 1047 || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the work (one transaction of its own) and runs it again after a retryable failure. */
    public static <T> T retry(Supplier<T> work) {
        return RETRY.invoke(work);
    }

    /** Runs the work (one transaction of its own) and runs it again after a retryable failure. */
    public static void retry(Runnable work) {
        RETRY.invoke(work);
    }
}
