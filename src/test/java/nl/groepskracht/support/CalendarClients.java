package nl.groepskracht.support;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * Reads an invite as calendar clients do, with two independent parsers: ical4j validates it
 * (RFC 5545/5546), biweekly expands the recurrence (RRULE, EXDATE, RECURRENCE-ID overrides) into the
 * start times a calendar would show.
 */
public final class CalendarClients {

    private CalendarClients() {
    }

    public static void assertValid(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            var result = calendar.validate(true);
            assertThat(result.hasErrors()).as(result.toString()).isFalse();
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read the invite: " + e.getMessage() + "\n" + ics, e);
        }
        ICalendar parsed = Biweekly.parse(ics).first();
        assertThat(parsed).as("biweekly reads the invite").isNotNull();
        assertThat(parsed.getEvents()).isNotEmpty();
        assertThat(parsed.getEvents()).extracting(e -> e.getUid().getValue()).containsOnly(
                parsed.getEvents().getFirst().getUid().getValue());
    }

    /** The start of every occurrence a calendar client shows for this invite, in order. */
    public static List<Instant> occurrences(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        List<VEvent> events = calendar.getEvents();
        VEvent master = events.stream().filter(e -> e.getRecurrenceId() == null).findFirst().orElseThrow();
        Set<Instant> replaced = events.stream().filter(e -> e.getRecurrenceId() != null)
                .map(e -> e.getRecurrenceId().getValue().toInstant()).collect(Collectors.toSet());
        List<Instant> starts = new ArrayList<>();
        var dates = master.getDateIterator(TimeZone.getTimeZone("Europe/Amsterdam"));
        for (int i = 0; dates.hasNext() && i < 400; i++) {
            Date next = dates.next();
            if (!replaced.contains(next.toInstant())) {
                starts.add(next.toInstant());
            }
        }
        events.stream().filter(e -> e.getRecurrenceId() != null)
                .forEach(e -> starts.add(e.getDateStart().getValue().toInstant()));
        starts.sort(null);
        return starts;
    }
}
