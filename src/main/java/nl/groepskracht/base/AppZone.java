package nl.groepskracht.base;

import java.time.ZoneId;

/** The zone every date and time in Groepskracht is shown and planned in. */
public final class AppZone {

    public static final ZoneId ID = ZoneId.of("Europe/Amsterdam");

    private AppZone() {
    }
}
