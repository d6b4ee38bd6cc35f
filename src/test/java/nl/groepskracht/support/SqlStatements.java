package nl.groepskracht.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the portal prepares while an action runs (Hibernate's statistics, switched on
 * only for the count): a figure that does not depend on the machine's speed, for tests that a page costs a
 * fixed number of queries. Tests run one at a time and jobs do not run in tests, so the count is the action's.
 */
@Component
public class SqlStatements {

    private final Statistics statistics;

    SqlStatements(EntityManagerFactory factory) {
        this.statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    public interface Action {
        void run() throws Exception;
    }

    /** The statements prepared while the action ran. */
    public synchronized long during(Action action) throws Exception {
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            action.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
