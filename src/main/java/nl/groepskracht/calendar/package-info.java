/** Calendar invites (iCalendar, ical4j) for every session change, and private subscription feeds. */
@ApplicationModule(displayName = "Calendar")
package nl.groepskracht.calendar;

import org.springframework.modulith.ApplicationModule;
