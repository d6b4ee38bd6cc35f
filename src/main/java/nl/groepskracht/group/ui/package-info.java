/** Group views; the editor and header are also used by the group page of the schedule module. */
@NamedInterface("ui")
package nl.groepskracht.group.ui;

import org.springframework.modulith.NamedInterface;
