package nl.groepskracht.signup;

import java.util.List;
import java.util.Set;
import nl.groepskracht.calendar.Invitee;
import nl.groepskracht.calendar.InviteeSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents with a place get every change of their group's sessions in their calendar, and a reminder
 * before each session unless they said they cannot come that time.
 */
@Component
class ParentInvitees implements InviteeSource {

    private final RegistrationRepository registrations;
    private final SessionExcuses excuses;

    ParentInvitees(RegistrationRepository registrations, SessionExcuses excuses) {
        this.registrations = registrations;
        this.excuses = excuses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitee> invitees(long groupId) {
        return registrations.findByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED).stream()
                .filter(r -> r.getParticipant().getEmail() != null).map(Places::invitee).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitee> remindees(long groupId, long sessionId) {
        Set<Long> excused = excuses.excusedRegistrations(sessionId);
        return registrations.findByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED).stream()
                .filter(r -> r.getParticipant().getEmail() != null && !excused.contains(r.getId()))
                .map(Places::invitee).toList();
    }
}
