package nl.groepskracht.calendar;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes sessions as iCalendar: one VEVENT per session with its stable UID and SEQUENCE, times in
 * Europe/Amsterdam with the matching VTIMEZONE, the portal as ORGANIZER and a neutral SUMMARY and
 * DESCRIPTION (no theme, no other participants), as privacy requires.
 */
@Component
class IcsWriter {

    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";

    private final Clock clock;
    private final MessageSource messages;
    private final String organizerEmail;

    IcsWriter(Clock clock, MessageSource messages,
            @Value("${groepskracht.mail.from:noreply@groepskracht.local}") String organizerEmail) {
        this.clock = clock;
        this.messages = messages;
        this.organizerEmail = organizerEmail;
    }

    /** An invite (REQUEST) or cancellation (CANCEL) of one session for one recipient. */
    String invite(SessionInfo session, Invitee recipient, String method, List<String> facilitators) {
        Calendar calendar = newCalendar(method);
        VEvent event = event(session, recipient.language(), facilitators);
        event.add(attendee(recipient));
        calendar.add(event);
        return calendar.toString();
    }

    /** A subscription feed: all sessions, cancelled ones marked as such. */
    String feed(List<SessionInfo> sessions, Locale language) {
        Calendar calendar = newCalendar(Method.VALUE_PUBLISH);
        sessions.forEach(session -> calendar.add(event(session, language, List.of())));
        return calendar.toString();
    }

    private Calendar newCalendar(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Groepskracht//Groepskracht//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(AmsterdamTimeZone.component());
        return calendar;
    }

    private VEvent event(SessionInfo session, Locale language, List<String> facilitators) {
        VEvent event = new VEvent(false);
        event.add(new Uid(session.uid()));
        event.add(new DtStamp(clock.instant()));
        event.add(new DtStart<>(session.start().withZoneSameInstant(AppZone.ID)));
        event.add(new DtEnd<>(session.end().withZoneSameInstant(AppZone.ID)));
        event.add(new Sequence(session.sequence()));
        event.add(new Summary(messages.getMessage("invite.summary", null, language)));
        event.add(new Description(description(session, language, facilitators)));
        event.add(new Location(session.location()));
        event.add(organizer());
        event.add(session.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private String description(SessionInfo session, Locale language, List<String> facilitators) {
        var text = new StringBuilder(messages.getMessage("invite.description", null, language));
        if (!facilitators.isEmpty()) {
            text.append('\n').append(messages.getMessage("invite.facilitators",
                    new Object[] {String.join(", ", facilitators)}, language));
        }
        if (session.isCancelled() && session.cancelReason() != null) {
            text.append('\n').append(messages.getMessage("invite.cancel-reason",
                    new Object[] {session.cancelReason()}, language));
        }
        return text.toString();
    }

    private Organizer organizer() {
        var organizer = new Organizer(URI.create("mailto:" + organizerEmail));
        organizer.add(new Cn("Groepskracht"));
        return organizer;
    }

    private static Attendee attendee(Invitee recipient) {
        var attendee = new Attendee(URI.create("mailto:" + recipient.email()));
        attendee.add(new Cn(recipient.name()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.FALSE);
        return attendee;
    }
}
