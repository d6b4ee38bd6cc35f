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

    /** Takes the group's sessions out of the calendar of someone who leaves (CANCEL). */
    @Transactional(propagation = Propagation.MANDATORY)
    public CalendarPart cancellation(long groupId, Invitee invitee) {
        return writer.cancel(timetables.forNewMessage(groupId), invitee);
    }
}
