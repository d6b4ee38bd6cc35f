package nl.groepskracht.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Spring test contexts share one MariaDB: a job that ran on its own schedule (retention, reminders, purges)
 * could change what another test is counting at a random moment. So test contexts schedule nothing
 * ({@code groepskracht.jobs.enabled=false}); tests call the job they are about.
 */
@SmtpAndClockTest
class NoSchedulesInTestsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void no_background_job_runs_by_itself_in_a_test_context() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream()).map(Object::toString))
                .as("scheduled tasks").isEmpty();
    }
}
