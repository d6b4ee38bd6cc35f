package nl.groepskracht.calendar;

import java.time.Clock;
import java.util.List;
import nl.groepskracht.group.GroupFacilitatorsChanged;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.SessionEvents;
import nl.groepskracht.schedule.SessionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns a change of a group's sessions into ONE message per invitee (facilitators, and the confirmed
 * parents through the sign-up module's source), each carrying the group's whole, current calendar
 * object. A synchronous listener: the change and its mails are saved together or not at all.
 */
@Component
class SessionInvitations {

    private static final Logger log = LoggerFactory.getLogger(SessionInvitations.class);
    private final GroupTimetables timetables;
    private final SessionInvitees invitees;
    private final FacilitatorInvitees facilitators;
    private final GroupEventWriter writer;
    private final InviteMails mails;
    private final MailOutbox outbox;
    private final Clock clock;

    SessionInvitations(GroupTimetables timetables, SessionInvitees invitees, FacilitatorInvitees facilitators,
            GroupEventWriter writer, InviteMails mails, MailOutbox outbox, Clock clock) {
        this.timetables = timetables;
        this.invitees = invitees;
        this.facilitators = facilitators;
        this.writer = writer;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(SessionEvents.Planned planned) {
        GroupTimetable group = timetables.forNewMessage(planned.groupId());
        tell(group, invitees.of(group.groupId()), new CalendarChange(CalendarChange.Kind.PLANNED,
                only(group, planned.sessionIds()), null));
    }

    @EventListener
    void on(SessionEvents.Changed changed) {
        GroupTimetable group = timetables.forNewMessage(changed.groupId());
        tell(group, invitees.of(group.groupId()), new CalendarChange(CalendarChange.Kind.CHANGED,
                only(group, List.of(changed.sessionId())), changed.previousStart()));
    }

    @EventListener
    void on(SessionEvents.Cancelled cancelled) {
        GroupTimetable group = timetables.forNewMessage(cancelled.groupId());
        tell(group, invitees.of(group.groupId()), new CalendarChange(CalendarChange.Kind.CANCELLED,
                only(group, List.of(cancelled.sessionId())), null));
    }

    /** The group was closed: one message about all the sessions that no longer take place. */
    @EventListener
    void on(SessionEvents.GroupStopped stopped) {
        if (stopped.cancelledSessionIds().isEmpty()) {
            return;
        }
        GroupTimetable group = timetables.forNewMessage(stopped.groupId());
        tell(group, invitees.of(group.groupId()), new CalendarChange(CalendarChange.Kind.CLOSED,
                only(group, stopped.cancelledSessionIds()), null));
    }

    /** New facilitators get the group's sessions; those who left get them taken out. */
    @EventListener
    void on(GroupFacilitatorsChanged changed) {
        GroupTimetable group = timetables.forNewMessage(changed.groupId());
        List<SessionInfo> coming = group.sessions().stream()
                .filter(s -> !s.isCancelled() && s.start().toInstant().isAfter(clock.instant())).toList();
        tell(group, facilitators.of(changed.added()), new CalendarChange(CalendarChange.Kind.JOINED, coming, null));
        for (Invitee leaving : facilitators.of(changed.removed())) {
            outbox.enqueue(mails.compose(new CalendarChange(CalendarChange.Kind.LEFT, List.of(), null), group,
                    leaving, writer.cancel(group, leaving)));
        }
    }

    private void tell(GroupTimetable group, List<Invitee> recipients, CalendarChange change) {
        for (Invitee recipient : recipients) {
            var mail = compose(group, recipient, change);
            if (mail != null) {
                outbox.enqueue(mail);
            }
        }
    }

    /** One recipient's message; a recipient it cannot be written for never stops the others'. */
    private nl.groepskracht.mail.OutgoingMail compose(GroupTimetable group, Invitee recipient, CalendarChange change) {
        try {
            return mails.compose(change, group, recipient, writer.current(group, recipient));
        } catch (RuntimeException e) {
            log.error("The calendar message about group {} could not be written for one invitee", group.groupId(), e);
            return null;
        }
    }

    private static List<SessionInfo> only(GroupTimetable group, List<Long> ids) {
        return group.sessions().stream().filter(s -> ids.contains(s.id())).toList();
    }
}
