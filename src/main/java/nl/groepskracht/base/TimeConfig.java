package nl.groepskracht.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everything time-related takes this clock, so tests can fix "now". With
 * {@code groepskracht.clock.start} (a local date-time in Europe/Amsterdam, e.g. {@code 2026-11-24T23:30})
 * the clock starts at that moment and runs on from there: browser journeys and demos use it to run
 * the packaged portal at a chosen hour.
 */
@Configuration
class TimeConfig {

    private static final Logger log = LoggerFactory.getLogger(TimeConfig.class);

    @Bean
    Clock clock(@Value("${groepskracht.clock.start:}") String start) {
        Clock system = Clock.system(AppZone.ID);
        if (start == null || start.isBlank()) {
            return system;
        }
        ZonedDateTime at = LocalDateTime.parse(start.strip()).atZone(AppZone.ID);
        log.warn("The portal's clock starts at {} (groepskracht.clock.start), not at the real time", at);
        return Clock.offset(system, Duration.between(system.instant(), at.toInstant()));
    }
}
