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
