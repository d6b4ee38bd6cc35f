/** Attendance per session (names, or a head count for walk-in groups), session notes, and the figures. */
@ApplicationModule(displayName = "Attendance")
package nl.groepskracht.attendance;

import org.springframework.modulith.ApplicationModule;
