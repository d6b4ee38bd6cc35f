package nl.groepskracht.group;

/** A group was closed: its coming sessions stop, the waiting list and unconfirmed sign-ups end. */
public record GroupClosed(long groupId) {
}
