package nl.groepskracht.base.db;

import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs the JVM in UTC, before anything touches the database. Hibernate stores instants in UTC
 * ({@code hibernate.jdbc.time_zone}), but plain JDBC binds and reads {@code java.sql.Timestamp} in the
 * JVM's default zone; on a server set to Europe/Amsterdam the two would be an hour or two apart (a
 * session not yet begun would count as held). What people see is always converted to Europe/Amsterdam
 * from the {@link java.time.Clock}, never from the JVM's zone.
 */
public class UtcJvmZone implements EnvironmentPostProcessor {

    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        TimeZone.setDefault(UTC);
    }
}
