package nl.groepskracht.schedule;

import java.time.ZonedDateTime;

/** One date of a series preview, with the reason it cannot be planned (a translation key) or null. */
public record PlannedDate(ZonedDateTime start, ZonedDateTime end, String problemKey) {

    public boolean ok() {
        return problemKey == null;
    }
}
