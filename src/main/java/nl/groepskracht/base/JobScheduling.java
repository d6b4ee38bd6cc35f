package nl.groepskracht.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The background jobs (mail dispatch, reminders, expiry, retention, purges, evaluation invitations) run on
 * their schedules unless {@code groepskracht.jobs.enabled=false}. The Spring tests switch them off, so no
 * job changes the shared database at a moment a test does not choose: a test calls the job it is about, or
 * switches the schedules on for itself; the packaged portal of the browser journeys runs them on their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "groepskracht.jobs.enabled", matchIfMissing = true)
class JobScheduling {
}
