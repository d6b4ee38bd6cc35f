package nl.groepskracht.signup;

import java.util.List;
import nl.groepskracht.calendar.Invitee;
import nl.groepskracht.calendar.InviteeSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Parents with a place get every session change of their group in their calendar. */
@Component
class ParentInvitees implements InviteeSource {

    private final RegistrationRepository registrations;

    ParentInvitees(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitee> invitees(long groupId) {
        return registrations.findByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED).stream()
                .map(SignupService::invitee).toList();
    }
}
