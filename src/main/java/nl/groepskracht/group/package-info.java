/** Groups of parents: theme, wijk, target age, capacity, facilitators and status; the group's page. */
@ApplicationModule(displayName = "Group")
package nl.groepskracht.group;

import org.springframework.modulith.ApplicationModule;
