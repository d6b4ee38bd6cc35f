package nl.groepskracht.calendar;

import java.time.Clock;
import java.util.List;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts sessions into people's calendars and takes them out again: one e-mail per person per
 * session, with the session's stable UID, written to the outbox in the caller's transaction.
 */
@Service
public class CalendarInvitations {

    private final ScheduleService schedule;
    private final GroupService groups;
    private final ProfessionalDirectory professionals;
    private final IcsWriter ics;
    private final InviteMails mails;
    private final MailOutbox outbox;
    private final Clock clock;

    CalendarInvitations(ScheduleService schedule, GroupService groups, ProfessionalDirectory professionals,
            IcsWriter ics, InviteMails mails, MailOutbox outbox, Clock clock) {
        this.schedule = schedule;
        this.groups = groups;
        this.professionals = professionals;
        this.ics = ics;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A newly confirmed parent (or co-facilitator) gets every coming session of the group. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void inviteToComingSessions(long groupId, List<Invitee> invitees) {
        List<String> names = facilitatorNames(groupId);
        comingSessions(groupId).forEach(session -> send(session, invitees, IcsWriter.REQUEST, names));
    }

    /** Someone who leaves (a parent who cancels) gets the coming sessions cancelled in their calendar. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancelComingSessions(long groupId, List<Invitee> invitees) {
        List<String> names = facilitatorNames(groupId);
        comingSessions(groupId).forEach(session -> send(session, invitees, IcsWriter.CANCEL, names));
    }

    void send(SessionInfo session, List<Invitee> invitees, String method, List<String> names) {
        for (Invitee invitee : invitees) {
            String calendar = ics.invite(session, invitee, method, names);
            outbox.enqueue(mails.compose(session, invitee, method, calendar));
        }
    }

    List<String> facilitatorNames(long groupId) {
        return professionals.findAll(groups.ref(groupId).facilitatorIds()).stream().map(Professional::name)
                .sorted().toList();
    }

    private List<SessionInfo> comingSessions(long groupId) {
        return schedule.sessionsOfGroups(List.of(groupId)).stream()
                .filter(s -> !s.isCancelled() && s.start().toInstant().isAfter(clock.instant())).toList();
    }
}
