package nl.groepskracht.calendar;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
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
 * A professional's subscription feed: every session of their groups as its own event, named after
 * the group, cancelled ones marked CANCELLED (with the reason) so the calendar shows them struck out.
 */
@Component
class FeedWriter {

    private final Clock clock;
    private final MessageSource messages;
    private final String organizerEmail;

    FeedWriter(Clock clock, MessageSource messages,
            @Value("${groepskracht.mail.from:noreply@groepskracht.local}") String organizerEmail) {
        this.clock = clock;
        this.messages = messages;
        this.organizerEmail = organizerEmail;
    }

    String feed(List<SessionInfo> sessions, Map<Long, String> groupNames, Locale language) {
        Calendar calendar = IcsParts.newCalendar(Method.VALUE_PUBLISH);
        for (SessionInfo session : sessions) {
            VEvent event = new VEvent(false);
            event.add(new Uid(session.uid()));
            event.add(new DtStamp(clock.instant()));
            event.add(new DtStart<>(session.start().withZoneSameInstant(AppZone.ID)));
            event.add(new DtEnd<>(session.end().withZoneSameInstant(AppZone.ID)));
            event.add(new Sequence(session.sequence()));
            event.add(new Summary(groupNames.getOrDefault(session.groupId(),
                    messages.getMessage("invite.summary", null, language))));
            String description = description(session, language);
            if (!description.isEmpty()) {
                event.add(new Description(description));
            }
            event.add(new Location(session.location()));
            event.add(IcsParts.organizer(organizerEmail));
            event.add(session.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        return calendar.toString();
    }

    private String description(SessionInfo session, Locale language) {
        var lines = new java.util.ArrayList<String>();
        if (session.topic() != null) {
            lines.add(session.topic());
        }
        if (session.isCancelled() && session.cancelReason() != null) {
            lines.add(messages.getMessage("invite.cancel-reason", new Object[] {session.cancelReason()}, language));
        }
        return String.join("\n", lines);
    }
}
