package nl.groepskracht.calendar;

import java.net.URI;
import java.net.URISyntaxException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** What every calendar object of Groepskracht has: header, time zone, organiser, attendee. */
final class IcsParts {

    private IcsParts() {
    }

    static Calendar newCalendar(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Groepskracht//Groepskracht//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(AmsterdamTimeZone.component());
        return calendar;
    }

    static Organizer organizer(String email) {
        var organizer = new Organizer(mailto(email));
        organizer.add(new Cn("Groepskracht"));
        return organizer;
    }

    static Attendee attendee(Invitee recipient) {
        var attendee = new Attendee(mailto(recipient.email()));
        if (recipient.name() != null) {
            attendee.add(new Cn(recipient.name()));
        }
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.FALSE);
        return attendee;
    }

    /**
     * A mailto URI for any valid address: characters a URI may not hold ({@code a|b@example.nl})
     * are percent-encoded instead of breaking the invite.
     */
    static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not usable as a calendar address", e);
        }
    }
}
