package nl.groepskracht.group;

/** More places in a group: the waiting list may move up. */
public record GroupCapacityRaised(long groupId) {
}
