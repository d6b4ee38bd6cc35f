package nl.groepskracht.group;

import java.util.Set;

/** Facilitators joined or left a group: they get (or lose) the group's sessions in their calendar. */
public record GroupFacilitatorsChanged(long groupId, Set<Long> added, Set<Long> removed) {
}
