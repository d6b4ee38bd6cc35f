package nl.groepskracht.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * The VTIMEZONE for Europe/Amsterdam with the current EU rules. ical4j's own registry returns it
 * under the TZID Europe/Brussels, which would not match the TZID on DTSTART/DTEND.
 */
final class AmsterdamTimeZone {

    static final String TZID = "Europe/Amsterdam";
    private static final VTimeZone ZONE = load();

    private AmsterdamTimeZone() {
    }

    static VTimeZone component() {
        return ZONE.copy();
    }

    private static VTimeZone load() {
        try (InputStream in = AmsterdamTimeZone.class.getResourceAsStream("/calendar/europe-amsterdam.ics")) {
            return new CalendarBuilder().build(in).<VTimeZone>getComponents("VTIMEZONE").getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new IllegalStateException(e);
        }
    }
}
