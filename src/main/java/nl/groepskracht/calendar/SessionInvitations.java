package nl.groepskracht.calendar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.group.GroupFacilitatorsChanged;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionEvents;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns session changes into invites: one e-mail per recipient per session change, written to the
 * outbox in the same transaction as the change (a synchronous listener), so the change and its
 * mails are saved together or not at all.
 */
@Component
class SessionInvitations {

    private final ScheduleService schedule;
    private final GroupService groups;
    private final ProfessionalDirectory professionals;
    private final List<InviteeSource> inviteeSources;
    private final FacilitatorInvitees facilitators;
    private final IcsWriter ics;
    private final InviteMails mails;
    private final MailOutbox outbox;
    private final Clock clock;

    SessionInvitations(ScheduleService schedule, GroupService groups, ProfessionalDirectory professionals,
            List<InviteeSource> inviteeSources, FacilitatorInvitees facilitators, IcsWriter ics, InviteMails mails,
            MailOutbox outbox, Clock clock) {
        this.schedule = schedule;
        this.groups = groups;
        this.professionals = professionals;
        this.inviteeSources = inviteeSources;
        this.facilitators = facilitators;
        this.ics = ics;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(SessionEvents.Planned planned) {
        List<Invitee> invitees = invitees(planned.groupId());
        List<String> names = facilitatorNames(planned.groupId());
        planned.sessionIds().stream().map(schedule::session)
                .forEach(session -> send(session, invitees, IcsWriter.REQUEST, names));
    }

    @EventListener
    void on(SessionEvents.Changed changed) {
        SessionInfo session = schedule.session(changed.sessionId());
        send(session, invitees(session.groupId()), IcsWriter.REQUEST, facilitatorNames(session.groupId()));
    }

    @EventListener
    void on(SessionEvents.Cancelled cancelled) {
        SessionInfo session = schedule.session(cancelled.sessionId());
        send(session, invitees(session.groupId()), IcsWriter.CANCEL, facilitatorNames(session.groupId()));
    }

    /** New facilitators get the group's coming sessions; those who left get them cancelled. */
    @EventListener
    void on(GroupFacilitatorsChanged changed) {
        List<SessionInfo> coming = schedule.sessionsOfGroups(List.of(changed.groupId())).stream()
                .filter(s -> !s.isCancelled() && s.start().toInstant().isAfter(clock.instant()))
                .toList();
        List<Invitee> added = facilitators.of(changed.added());
        List<Invitee> removed = facilitators.of(changed.removed());
        List<String> names = facilitatorNames(changed.groupId());
        coming.forEach(session -> {
            send(session, added, IcsWriter.REQUEST, names);
            send(session, removed, IcsWriter.CANCEL, names);
        });
    }

    private void send(SessionInfo session, List<Invitee> invitees, String method, List<String> names) {
        for (Invitee invitee : invitees) {
            String calendar = ics.invite(session, invitee, method, names);
            outbox.enqueue(mails.compose(session, invitee, method, calendar));
        }
    }

    /** Everyone any source invites, each address once. */
    private List<Invitee> invitees(long groupId) {
        Map<String, Invitee> byEmail = inviteeSources.stream()
                .flatMap(source -> source.invitees(groupId).stream())
                .collect(Collectors.toMap(Invitee::email, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        return new ArrayList<>(byEmail.values());
    }

    private List<String> facilitatorNames(long groupId) {
        return professionals.findAll(groups.ref(groupId).facilitatorIds()).stream().map(Professional::name)
                .sorted().toList();
    }
}
