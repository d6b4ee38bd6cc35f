/**
 * Days a group had better not meet: Dutch public holidays (computed) and school holidays per region
 * (a table the administrator keeps up to date). The series planner warns about them.
 */
@ApplicationModule(displayName = "Holidays")
package nl.groepskracht.holidays;

import org.springframework.modulith.ApplicationModule;
