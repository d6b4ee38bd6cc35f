package nl.groepskracht.base.db;

import org.springframework.context.annotation.Configuration;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Switches on {@link RetryOnConflict} (Spring's {@code @Retryable}). */
@Configuration
@EnableResilientMethods
class ResilienceConfig {
}
