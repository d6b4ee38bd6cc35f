package nl.groepskracht.group;

import java.util.Set;

/**
 * What other modules need of a group: its name, default location, status and facilitators, and whom parents
 * can contact about it.
 */
public record GroupRef(long id, String name, String location, GroupStatus status, Set<Long> facilitatorIds,
        GroupContact contact) {
}
