package nl.groepskracht.calendar;

import java.util.List;
import nl.groepskracht.group.GroupFacilitatorsChanged;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionEvents;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns session changes into invites for everyone invited to the group (facilitators, and the
 * confirmed parents through the sign-up module's source). A synchronous listener: the change and
 * its mails are saved together or not at all.
 */
@Component
class SessionInvitations {

    private final ScheduleService schedule;
    private final SessionInvitees inviteeSources;
    private final FacilitatorInvitees facilitators;
    private final CalendarInvitations invitations;

    SessionInvitations(ScheduleService schedule, SessionInvitees inviteeSources,
            FacilitatorInvitees facilitators, CalendarInvitations invitations) {
        this.schedule = schedule;
        this.inviteeSources = inviteeSources;
        this.facilitators = facilitators;
        this.invitations = invitations;
    }

    @EventListener
    void on(SessionEvents.Planned planned) {
        List<Invitee> invitees = invitees(planned.groupId());
        List<String> names = invitations.facilitatorNames(planned.groupId());
        planned.sessionIds().stream().map(schedule::session)
                .forEach(session -> invitations.send(session, invitees, IcsWriter.REQUEST, names));
    }

    @EventListener
    void on(SessionEvents.Changed changed) {
        SessionInfo session = schedule.session(changed.sessionId());
        invitations.send(session, invitees(session.groupId()), IcsWriter.REQUEST,
                invitations.facilitatorNames(session.groupId()));
    }

    @EventListener
    void on(SessionEvents.Cancelled cancelled) {
        SessionInfo session = schedule.session(cancelled.sessionId());
        invitations.send(session, invitees(session.groupId()), IcsWriter.CANCEL,
                invitations.facilitatorNames(session.groupId()));
    }

    /** New facilitators get the group's coming sessions; those who left get them cancelled. */
    @EventListener
    void on(GroupFacilitatorsChanged changed) {
        invitations.inviteToComingSessions(changed.groupId(), facilitators.of(changed.added()));
        invitations.cancelComingSessions(changed.groupId(), facilitators.of(changed.removed()));
    }

    private List<Invitee> invitees(long groupId) {
        return inviteeSources.of(groupId);
    }
}
