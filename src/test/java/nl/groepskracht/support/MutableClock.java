package nl.groepskracht.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.groepskracht.base.AppZone;

/** A clock tests can move forward (retry back-off, reminders). */
public class MutableClock extends Clock {

    private Instant now = TestTime.start();

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Jumps to a local Amsterdam time (tests that do this call {@link #reset()} afterwards). */
    public synchronized void moveTo(java.time.LocalDateTime local) {
        now = local.atZone(AppZone.ID).toInstant();
    }

    /** Back to the test run's start, undoing every move. */
    public synchronized void reset() {
        now = TestTime.start();
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return AppZone.ID;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
