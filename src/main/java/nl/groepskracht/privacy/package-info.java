/** The audit log of who read or changed parents' data. */
@ApplicationModule(displayName = "Privacy")
package nl.groepskracht.privacy;

import org.springframework.modulith.ApplicationModule;
