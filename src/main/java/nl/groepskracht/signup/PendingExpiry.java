package nl.groepskracht.signup;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Ends sign-ups that were not confirmed within 48 hours (one idempotent update, safe on several instances). */
@Component
public class PendingExpiry {

    private static final Logger log = LoggerFactory.getLogger(PendingExpiry.class);
    private final RegistrationRepository registrations;
    private final Clock clock;

    PendingExpiry(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${groepskracht.signup.expiry-interval:1h}",
            initialDelayString = "${groepskracht.signup.expiry-initial-delay:2m}")
    @Transactional
    public int expire() {
        int expired = registrations.expirePendingBefore(clock.instant().minus(Registration.CONFIRM_WITHIN),
                clock.instant());
        if (expired > 0) {
            log.info("{} unconfirmed sign-ups expired", expired);
        }
        return expired;
    }
}
