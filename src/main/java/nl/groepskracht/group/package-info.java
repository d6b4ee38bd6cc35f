/** Groups of parents: theme, wijk, target age, capacity, facilitators and status. */
@ApplicationModule(displayName = "Group")
package nl.groepskracht.group;

import org.springframework.modulith.ApplicationModule;
