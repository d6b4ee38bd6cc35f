package nl.groepskracht.base.db;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded MariaDB starts in the background ({@link EmbeddedMariaDb#start}); a datasource is handed to
 * whoever asked for it (Flyway first) only once the database is there. Nothing to wait for with an external
 * database.
 */
@Component
class EmbeddedMariaDbReady implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            EmbeddedMariaDb.awaitStarted();
        }
        return bean;
    }
}
