package nl.groepskracht.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules that write their own e-mail about joining or leaving a group (the sign-up
 * module: "u bent aangemeld", "u bent afgemeld"): the calendar object to attach, so that one action
 * is one e-mail.
 */
@Service
@nl.groepskracht.base.AccessRule("no person: other modules write invitations inside their own checked calls")
public class GroupCalendars {

    private final GroupTimetables timetables;
    private final GroupEventWriter writer;

    GroupCalendars(GroupTimetables timetables, GroupEventWriter writer) {
        this.timetables = timetables;
        this.writer = writer;
    }

    /** Every session of the group for someone who joins (REQUEST), or nothing when none is planned. */
    @Transactional(propagation = Propagation.MANDATORY)
    public CalendarPart invitation(long groupId, Invitee invitee) {
        GroupTimetable group = timetables.forNewMessage(groupId);
        CalendarPart part = writer.current(group, invitee);
        return CalendarPart.REQUEST.equals(part.method()) ? part : null;
    }

    /**
     * Before the group's lock: the invitation a joiner gets if no other message about the group comes first
     * (read only, nothing raised); {@link #invitation(PreparedInvitation)} then sends it, or writes it again.
     */
    @Transactional(readOnly = true)
    public PreparedInvitation prepareInvitation(long groupId, Invitee invitee) {
        return timetables.next(groupId).map(next -> new PreparedInvitation(groupId, invitee, next.sequence(),
                next.uid(), writer.current(next, invitee))).orElse(new PreparedInvitation(groupId, invitee, -1, null,
                        null));
    }

    /**
     * Under the group's lock: raises the SEQUENCE as {@link #invitation(long, Invitee)} does, and gives the prepared
     * invitation when it carries the number just raised (nothing about the group was sent meanwhile, so its sessions
     * are the current ones); else writes it anew.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CalendarPart invitation(PreparedInvitation prepared) {
        GroupTimetables.Stamp stamp = timetables.raise(prepared.groupId());
        CalendarPart part = stamp.sequence() == prepared.sequence() && stamp.uid().equals(prepared.uid())
                ? prepared.part() : writer.current(timetables.load(prepared.groupId(), stamp), prepared.invitee());
        return CalendarPart.REQUEST.equals(part.method()) ? part : null;
    }

    /** An invitation written ahead, valid for the message with this SEQUENCE and UID (-1: none could be written). */
    public record PreparedInvitation(long groupId, Invitee invitee, int sequence, String uid, CalendarPart part) {
    }

    /** Takes the group's sessions out of the calendar of someone who leaves (CANCEL). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CalendarPart cancellation(long groupId, Invitee invitee) {
        return writer.cancel(timetables.forNewMessage(groupId), invitee);
    }
}
