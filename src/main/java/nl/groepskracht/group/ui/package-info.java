/**
 * Group views: the list, the editor and a group's page ({@link nl.groepskracht.group.ui.GroupPage}), to
 * which the modules building on groups add their part ({@link nl.groepskracht.group.ui.GroupPagePanel}).
 */
@NamedInterface("ui")
package nl.groepskracht.group.ui;

import org.springframework.modulith.NamedInterface;
