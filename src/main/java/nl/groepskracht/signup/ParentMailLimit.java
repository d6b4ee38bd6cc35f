package nl.groepskracht.signup;

import java.time.Duration;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.base.limits.RateLimit;
import nl.groepskracht.base.limits.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Protects a parent's inbox: anyone can type an address into the sign-up form or on /mijn, so the mails
 * such requests cause (a confirm link, the same mail again, a fresh link) are limited per address, on
 * every portal instance together. Beyond the limit nothing is sent and the requester sees the same answer.
 * Mails that follow from the parent's own link (confirming, signing off) are not counted.
 */
@Component
class ParentMailLimit {

    private final RateLimiter limiter;
    private final RateLimit limit;

    ParentMailLimit(RateLimiter limiter,
            @Value("${groepskracht.signup.mails-per-address-per-hour:4}") int perHour) {
        this.limiter = limiter;
        this.limit = new RateLimit("parent-mail-per-address", perHour, Duration.ofHours(1));
    }

    /** Counts one mail to this address; whether it may be sent. */
    boolean allows(String email) {
        return limiter.tryAcquire(limit, EmailAddresses.hash(email));
    }
}
