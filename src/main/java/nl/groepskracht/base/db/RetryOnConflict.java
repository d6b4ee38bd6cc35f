package nl.groepskracht.base.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs the annotated service method (its whole transaction) again after a deadlock, a Galera
 * certification conflict or a failover to another database node ({@link Conflicts}). Spring's retry
 * advice wraps the transaction advice, so every attempt is a transaction of its own. Only for entry
 * points called without a transaction of the caller's, whose second run is harmless.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = Conflicts.class, maxRetries = 5, delay = 200, multiplier = 2, maxDelay = 3000, jitter = 50)
public @interface RetryOnConflict {
}
