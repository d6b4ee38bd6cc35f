package nl.groepskracht.security;

import nl.groepskracht.base.AccessRule;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a signed-in session lasts, on the portal's clock: it ends after {@code idle-timeout} (30
 * minutes) without the professional doing anything, and in any case {@code lifetime} (12 hours) after
 * signing in. Doing something is opening a page, or typing, tapping or scrolling in one (the page tells
 * the server; a background request such as Vaadin's heartbeat is not). A minute ({@code warn-before})
 * before the end the page warns.
 */
@AccessRule("the security chain and the signed-in page itself: it reads only the session it is given (its own moments)")
@Component
public class SessionPolicy {

    /** Why a session ended. */
    public enum Ending {
        IDLE, LIFETIME
    }

    static final String SIGNED_IN_AT = "groepskracht.session.signed-in-at";
    static final String ACTIVE_AT = "groepskracht.session.active-at";
    private final Duration idle;
    private final Duration lifetime;
    private final Duration warnBefore;
    private final Clock clock;

    SessionPolicy(@Value("${groepskracht.security.session.idle-timeout:30m}") Duration idle,
            @Value("${groepskracht.security.session.lifetime:12h}") Duration lifetime,
            @Value("${groepskracht.security.session.warn-before:1m}") Duration warnBefore, Clock clock) {
        this.idle = idle;
        this.lifetime = lifetime;
        this.warnBefore = warnBefore;
        this.clock = clock;
    }

    /** Signing in (with the password or the organisation's account) starts both clocks, also after an earlier sign-in. */
    void signedIn(HttpSession session) {
        Instant now = clock.instant();
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(ACTIVE_AT, now);
    }

    /** A signed-in session whose start was not seen (signed in before this policy ran) starts now. */
    void started(HttpSession session) {
        if (session.getAttribute(SIGNED_IN_AT) == null) {
            signedIn(session);
        }
    }

    /** The professional did something now (only while the session has not ended). */
    public void active(HttpSession session) {
        if (ending(session).isEmpty()) {
            session.setAttribute(ACTIVE_AT, clock.instant());
        }
    }

    /** Whether, and why, the session is over by now. */
    public Optional<Ending> ending(HttpSession session) {
        Instant now = clock.instant();
        if (!now.isBefore(signedInAt(session).plus(lifetime))) {
            return Optional.of(Ending.LIFETIME);
        }
        return now.isBefore(activeAt(session).plus(idle)) ? Optional.empty() : Optional.of(Ending.IDLE);
    }

    /** Time left before the session ends, and for which reason it would. */
    public Left left(HttpSession session) {
        Instant now = clock.instant();
        Duration toIdle = Duration.between(now, activeAt(session).plus(idle));
        Duration toLifetime = Duration.between(now, signedInAt(session).plus(lifetime));
        return toLifetime.compareTo(toIdle) <= 0 ? new Left(toLifetime, Ending.LIFETIME) : new Left(toIdle, Ending.IDLE);
    }

    public Duration warnBefore() {
        return warnBefore;
    }

    /** How often at most the page reports that someone is doing something. */
    public Duration reportActivityEvery() {
        return idle.dividedBy(4).compareTo(Duration.ofMinutes(1)) < 0 ? idle.dividedBy(4) : Duration.ofMinutes(1);
    }

    /** @param time left, @param ending what ends it then */
    public record Left(Duration time, Ending ending) {
    }

    private Instant signedInAt(HttpSession session) {
        return session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : clock.instant();
    }

    private Instant activeAt(HttpSession session) {
        return session.getAttribute(ACTIVE_AT) instanceof Instant at ? at : clock.instant();
    }
}
