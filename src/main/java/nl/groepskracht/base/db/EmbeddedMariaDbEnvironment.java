package nl.groepskracht.base.db;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded MariaDB when no {@code spring.datasource.url} is configured and points the
 * datasource at it. Runs before the context refreshes, so Flyway, JPA and the health check see an
 * ordinary MariaDB datasource, the same as with an external server; the database starts in the background
 * while the context is made, and the datasource waits for it ({@link EmbeddedMariaDbReady}).
 */
public class EmbeddedMariaDbEnvironment implements EnvironmentPostProcessor {

    static final String DATA_DIR = "groepskracht.embedded-db.data-dir";
    static final String PORT = "groepskracht.embedded-db.port";
    static final String DATABASE = "groepskracht";
    /** Tests: start every JVM with an empty schema (migrations of merged branches then apply in order). */
    static final String FRESH = "groepskracht.embedded-db.fresh";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        String defaultHome = Path.of(System.getProperty("user.home"), ".groepskracht", "mariadb").toString();
        String home = env.getProperty(DATA_DIR, defaultHome);
        int port = EmbeddedMariaDb.start(home, env.getProperty(PORT, Integer.class, 0),
                env.getProperty(FRESH, Boolean.class, false) ? DATABASE : null);
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
