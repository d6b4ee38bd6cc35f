package nl.groepskracht.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real deadlock in the real MariaDB (two transactions locking two rows in opposite order) — the same
 * error a Galera certification conflict raises at commit — is survived by running the loser's whole
 * transaction again: with {@link RetryOnConflict} on a service method, and with {@link Conflicts#retry}
 * around a job's own transaction.
 */
@SpringBootTest
@Import(ConflictRetryTest.Config.class)
class ConflictRetryTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CrossLocker locker;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void rows() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_conflict (id INT PRIMARY KEY, n INT NOT NULL)");
        jdbc.update("DELETE FROM test_conflict");
        jdbc.update("INSERT INTO test_conflict VALUES (1, 0), (2, 0)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE IF EXISTS test_conflict");
    }

    @Test
    void a_service_method_that_lost_a_deadlock_runs_again_in_a_new_transaction() throws Exception {
        locker.prepare(new CyclicBarrier(2)); // through the proxy: the fields live in the target
        var executor = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = executor.submit(() -> locker.lockBoth(1, 2));
            Future<?> second = executor.submit(() -> locker.lockBoth(2, 1));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
        assertThat(locker.attempts()).as("one of the two lost the deadlock and ran once more").hasSize(3);
        assertThat(locker.attempts()).as("every attempt a transaction of its own").containsOnly(true);
        assertThat(jdbc.queryForList("SELECT n FROM test_conflict ORDER BY id", Integer.class))
                .as("both committed their updates exactly once").containsExactly(2, 2);
    }

    @Test
    void a_jobs_own_transaction_that_lost_a_deadlock_runs_again() throws Exception {
        var barrier = new CyclicBarrier(2);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Integer> runs = new CopyOnWriteArrayList<>();
        var executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> both = List.of(1, 2).stream().map(first -> executor.submit(() -> Conflicts.retry(
                    () -> transaction.executeWithoutResult(status -> {
                        runs.add(first);
                        jdbc.update("UPDATE test_conflict SET n = n + 1 WHERE id = ?", first);
                        awaitOnFirstRun(barrier, runs, first);
                        jdbc.update("UPDATE test_conflict SET n = n + 1 WHERE id = ?", 3 - first);
                    })))).<Future<?>>map(f -> f).toList();
            for (Future<?> f : both) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        assertThat(runs).as("the loser ran twice").hasSize(3);
        assertThat(jdbc.queryForList("SELECT n FROM test_conflict ORDER BY id", Integer.class)).containsExactly(2, 2);
    }

    private static void awaitOnFirstRun(CyclicBarrier barrier, List<Integer> runs, int who) {
        if (runs.stream().filter(r -> r == who).count() == 1) {
            try {
                barrier.await(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static class CrossLocker {

        final JdbcTemplate jdbc;
        final List<Boolean> attempts = new CopyOnWriteArrayList<>();
        final List<Integer> callers = new CopyOnWriteArrayList<>();
        CyclicBarrier barrier;

        CrossLocker(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public void prepare(CyclicBarrier next) {
            barrier = next;
            attempts.clear();
            callers.clear();
        }

        public List<Boolean> attempts() {
            return List.copyOf(attempts);
        }

        @RetryOnConflict
        @Transactional
        public void lockBoth(int first, int second) {
            attempts.add(TransactionAspectSupport.currentTransactionStatus().isNewTransaction());
            callers.add(first);
            jdbc.update("UPDATE test_conflict SET n = n + 1 WHERE id = ?", first);
            awaitOnFirstRun(barrier, callers, first);
            jdbc.update("UPDATE test_conflict SET n = n + 1 WHERE id = ?", second);
        }
    }

    @TestConfiguration
    static class Config {

        @Bean
        CrossLocker crossLocker(JdbcTemplate jdbc) {
            return new CrossLocker(jdbc);
        }
    }
}
