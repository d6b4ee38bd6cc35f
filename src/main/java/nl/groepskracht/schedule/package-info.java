/** Sessions of a group: one by one or as a weekly series, changed or cancelled. */
@ApplicationModule(displayName = "Schedule")
package nl.groepskracht.schedule;

import org.springframework.modulith.ApplicationModule;
