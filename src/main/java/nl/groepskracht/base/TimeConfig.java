package nl.groepskracht.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everything time-related takes this clock, so tests can fix "now". */
@Configuration
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.system(AppZone.ID);
    }
}
