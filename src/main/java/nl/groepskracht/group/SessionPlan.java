package nl.groepskracht.group;

/**
 * What the group needs to know of its sessions, implemented by the schedule module (which depends
 * on this one, not the other way round).
 */
public interface SessionPlan {

    /** Planned (not cancelled) sessions that have not started yet. */
    int plannedFutureSessions(long groupId);
}
