package nl.groepskracht.signup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.groepskracht.base.limits.RateLimit;
import nl.groepskracht.base.limits.RateLimiter;
import nl.groepskracht.support.ServerStatements;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public form post from one client address goes through one row of the shared limit, so counting it must
 * not hold that row across round trips: one statement that raises the count and returns it, with no transaction
 * around it (before issue 23's sign-up work: a transaction of its own, {@code set autocommit=0}, the upsert, a
 * read, {@code COMMIT}, {@code set autocommit=1}, with the row locked from the upsert to the commit). Counted with
 * MariaDB's own log. Posts at the same moment are still counted one by one.
 */
@SmtpAndClockTest
class FormLimitStatementsTest {

    @Autowired
    RateLimiter limiter;
    @Autowired
    ServerStatements statements;

    @Test
    void a_post_outside_a_transaction_is_counted_with_one_statement_and_no_transaction_around_it() throws Exception {
        RateLimit limit = new RateLimit("test-one-statement-" + System.nanoTime(), 10, Duration.ofMinutes(1));
        limiter.tryAcquire(limit, "198.51.100.7");

        var run = statements.during(() -> assertThat(limiter.tryAcquire(limit, "198.51.100.7")).isTrue());

        assertThat(run.statements()).extracting(ServerStatements.Statement::sql).singleElement()
                .satisfies(sql -> assertThat(sql).startsWith("INSERT INTO rate_limit").contains("RETURNING hits"));
    }

    @Test
    void posts_from_one_address_at_the_same_moment_are_allowed_exactly_up_to_the_limit() throws Exception {
        RateLimit limit = new RateLimit("test-at-once-" + System.nanoTime(), 50, Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> posts = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                posts.add(pool.submit((Callable<Boolean>) () -> limiter.tryAcquire(limit, "192.0.2.44")));
            }
            int allowed = 0;
            for (Future<Boolean> post : posts) {
                allowed += post.get() ? 1 : 0;
            }
            assertThat(allowed).as("120 posts at once, 50 a minute allowed").isEqualTo(50);
        } finally {
            pool.shutdown();
        }
        assertThat(limiter.tryAcquire(limit, "192.0.2.45")).as("another address counts on its own").isTrue();
    }
}
