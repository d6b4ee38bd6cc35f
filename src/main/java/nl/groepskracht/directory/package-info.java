/** Reference data: wijken (neighbourhoods), organisations and themes. */
@ApplicationModule(displayName = "Directory")
package nl.groepskracht.directory;

import org.springframework.modulith.ApplicationModule;
