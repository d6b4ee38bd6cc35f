package nl.groepskracht.calendar;

import java.util.List;

/**
 * Who is invited to a group's sessions. The facilitators come with this module; the sign-up
 * module adds confirmed parents by providing another source.
 */
public interface InviteeSource {

    List<Invitee> invitees(long groupId);

    /** Who gets a reminder for one session: the invitees, minus those who said they cannot come. */
    default List<Invitee> remindees(long groupId, long sessionId) {
        return invitees(groupId);
    }
}
