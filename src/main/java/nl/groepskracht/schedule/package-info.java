/**
 * Sessions of a group: one by one or as a weekly series, changed or cancelled; the sessions panel of the
 * group's page (which lives in the group module).
 */
@ApplicationModule(displayName = "Schedule")
package nl.groepskracht.schedule;

import org.springframework.modulith.ApplicationModule;
