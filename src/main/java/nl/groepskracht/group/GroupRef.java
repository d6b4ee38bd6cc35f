package nl.groepskracht.group;

import java.util.Set;

/** What other modules need of a group: its name, default location, status and facilitators. */
public record GroupRef(long id, String name, String location, GroupStatus status, Set<Long> facilitatorIds) {
}
