package nl.groepskracht.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A context that sends mail to GreenMail on {@link TestSmtp#PORT} (the test starts it) and runs on a clock
 * the test can move; the dispatcher and other jobs only run when the test calls them (no schedules in tests,
 * {@code groepskracht.jobs.enabled=false}). One cached context for
 * every class that uses this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=${groepskracht.test.smtp-port:3025}"})
@AutoConfigureMockMvc
@Import(SmtpAndClockTest.ClockConfig.class)
public @interface SmtpAndClockTest {

    @TestConfiguration
    class ClockConfig {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
