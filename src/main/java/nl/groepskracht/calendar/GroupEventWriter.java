package nl.groepskracht.calendar;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a group's sessions as ONE calendar object per recipient (one UID per iTIP message, RFC 5546):
 * a REQUEST carries every planned session (see {@link SessionRecurrence}), a CANCEL takes the whole
 * event out of the recipient's calendar. Only the recipient is an ATTENDEE; a parent's SUMMARY and
 * DESCRIPTION are neutral (no theme, no other parents), a professional's name the group.
 */
@Component
class GroupEventWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private final Clock clock;
    private final MessageSource messages;
    private final String organizerEmail;

    GroupEventWriter(Clock clock, MessageSource messages,
            @Value("${groepskracht.mail.from:noreply@groepskracht.local}") String organizerEmail) {
        this.clock = clock;
        this.messages = messages;
        this.organizerEmail = organizerEmail;
    }

    /** The group's planned sessions for this recipient, or a cancellation when none is planned. */
    CalendarPart current(GroupTimetable group, Invitee recipient) {
        var recurrence = SessionRecurrence.of(group.sessions());
        if (recurrence.isEmpty()) {
            return cancel(group, recipient);
        }
        Calendar calendar = IcsParts.newCalendar(CalendarPart.REQUEST);
        SessionRecurrence pattern = recurrence.get();
        VEvent master = event(group, recipient, pattern.master());
        master.add(ImmutableStatus.VEVENT_CONFIRMED);
        if (pattern.frequency() != null) {
            master.add(new RRule<>("FREQ=" + pattern.frequency() + ";UNTIL="
                    + pattern.until().withZoneSameInstant(ZoneOffset.UTC).format(UTC)));
            if (!pattern.exdates().isEmpty()) {
                master.add(new ExDate<>(zoned(), new DateList<>(pattern.exdates())));
            }
        }
        calendar.add(master);
        for (SessionRecurrence.Occurrence occurrence : pattern.overrides()) {
            VEvent override = event(group, recipient, occurrence.session());
            override.add(new RecurrenceId<>(zoned(), occurrence.recurrenceId()));
            override.add(ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(override);
        }
        return new CalendarPart(CalendarPart.REQUEST, calendar.toString());
    }

    /** Takes the whole event (every session of the group) out of the recipient's calendar. */
    CalendarPart cancel(GroupTimetable group, Invitee recipient) {
        Calendar calendar = IcsParts.newCalendar(CalendarPart.CANCEL);
        VEvent event = new VEvent(false);
        event.add(new Uid(group.uid()));
        event.add(new DtStamp(clock.instant()));
        group.sessions().stream().findFirst().ifPresent(first -> {
            event.add(new DtStart<>(first.start().withZoneSameInstant(AppZone.ID)));
            event.add(new DtEnd<>(first.end().withZoneSameInstant(AppZone.ID)));
        });
        event.add(new Sequence(group.sequence()));
        event.add(new Summary(summary(group, recipient, group.sessions().stream().findFirst().orElse(null))));
        event.add(IcsParts.organizer(organizerEmail));
        event.add(IcsParts.attendee(recipient));
        event.add(ImmutableStatus.VEVENT_CANCELLED);
        calendar.add(event);
        return new CalendarPart(CalendarPart.CANCEL, calendar.toString());
    }

    private VEvent event(GroupTimetable group, Invitee recipient, SessionInfo session) {
        VEvent event = new VEvent(false);
        event.add(new Uid(group.uid()));
        event.add(new DtStamp(clock.instant()));
        event.add(new DtStart<>(session.start().withZoneSameInstant(AppZone.ID)));
        event.add(new DtEnd<>(session.end().withZoneSameInstant(AppZone.ID)));
        event.add(new Sequence(group.sequence()));
        event.add(new Summary(summary(group, recipient, session)));
        event.add(new Description(description(group, recipient.language())));
        event.add(new Location(session.location()));
        event.add(IcsParts.organizer(organizerEmail));
        event.add(IcsParts.attendee(recipient));
        return event;
    }

    /**
     * A professional's work calendar names the group. A parent's stays neutral — no theme, no group name — and
     * names the place, which the event's LOCATION shows anyway: two groups of one parent stay apart.
     */
    private String summary(GroupTimetable group, Invitee recipient, SessionInfo session) {
        if (recipient.professional()) {
            return group.name();
        }
        String place = session == null || session.location() == null ? "" : session.location().split(",")[0].strip();
        return place.isEmpty() ? messages.getMessage("invite.summary", null, recipient.language())
                : messages.getMessage("invite.summary.at", new Object[] {place}, recipient.language());
    }

    private String description(GroupTimetable group, Locale language) {
        var text = new StringBuilder(messages.getMessage("invite.description", null, language));
        if (!group.facilitatorNames().isEmpty()) {
            text.append('\n').append(messages.getMessage("invite.facilitators",
                    new Object[] {String.join(", ", group.facilitatorNames())}, language));
        }
        return text.toString();
    }

    private static ParameterList zoned() {
        return new ParameterList(List.of(new TzId(AmsterdamTimeZone.TZID)));
    }

    static ZonedDateTime local(SessionInfo session) {
        return session.start().withZoneSameInstant(AppZone.ID);
    }
}
