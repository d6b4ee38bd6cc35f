package nl.groepskracht.schedule;

import java.time.ZonedDateTime;
import nl.groepskracht.holidays.DayNote;

/**
 * One date of a series preview, with the reason it cannot be planned (a translation key) or null, and
 * a warning when it falls on a public or school holiday (it can still be planned), or null.
 */
public record PlannedDate(ZonedDateTime start, ZonedDateTime end, String problemKey, DayNote holiday) {

    public boolean ok() {
        return problemKey == null;
    }
}
