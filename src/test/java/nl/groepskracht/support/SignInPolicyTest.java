package nl.groepskracht.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link SmtpAndClockTest} (a movable clock, jobs only when called), with the sign-in as in
 * production for facilitators: a second factor required, and "Inloggen met je organisatie-account"
 * through the {@link TestIdentityProvider}. One cached context for every class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=${groepskracht.test.smtp-port:3025}",
        "groepskracht.mail.dispatch-interval=1h", "groepskracht.mail.dispatch-initial-delay=1h",
        "groepskracht.reminders.initial-delay=1h", "groepskracht.signup.expiry-initial-delay=1h",
        "groepskracht.mail.retention-initial-delay=1h", "groepskracht.evaluation.initial-delay=1h",
        "groepskracht.evaluation.purge-initial-delay=1h", "groepskracht.security.two-factor.facilitator=required"})
@AutoConfigureMockMvc
@Import(SmtpAndClockTest.ClockConfig.class)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
public @interface SignInPolicyTest {
}
