package nl.groepskracht.group;

/**
 * A group's facts or status changed (edited, opened, started, reopened): what the public offer shows of
 * it may differ now. Closing publishes {@link GroupClosed}; more places, {@link GroupCapacityRaised}.
 */
public record GroupChanged(long groupId) {
}
