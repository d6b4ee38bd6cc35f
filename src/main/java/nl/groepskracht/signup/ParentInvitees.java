package nl.groepskracht.signup;

import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.EmailAddresses;
import java.util.Set;
import nl.groepskracht.calendar.Invitee;
import nl.groepskracht.calendar.InviteeLinks;
import nl.groepskracht.calendar.InviteeSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents with a place get every change of their group's sessions in their calendar, and a reminder
 * before each session unless they said they cannot come that time; each of those mails carries the link to
 * their "Mijn aanmeldingen".
 */
@Component
class ParentInvitees implements InviteeSource, InviteeLinks {

    private final RegistrationRepository registrations;
    private final SessionExcuses excuses;
    private final SignupMails mails;

    ParentInvitees(RegistrationRepository registrations, SessionExcuses excuses, SignupMails mails) {
        this.registrations = registrations;
        this.excuses = excuses;
        this.mails = mails;
    }

    /** "Mijn aanmeldingen" shows every sign-up of the address: a link to its latest one will do. */
    @Override
    @Transactional
    public Optional<String> personalPage(Invitee invitee) {
        if (invitee.professional() || invitee.email() == null) {
            return Optional.empty();
        }
        return registrations.latestOfPerson(EmailAddresses.hash(invitee.email())).stream().findFirst()
                .map(mails::personalLink);
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
