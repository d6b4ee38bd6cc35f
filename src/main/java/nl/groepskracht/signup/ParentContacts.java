package nl.groepskracht.signup;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For modules that write to parents on their own (the evaluation): the parents who still have a place
 * in a group and an e-mail address, in their language. Parents who signed off, were removed, deleted
 * their data or were anonymised are not among them. No access check: jobs and the parents' own links
 * use it, never a view.
 */
@Component
@nl.groepskracht.base.AccessRule("no person: other modules' jobs (evaluation invitations) write to parents")
public class ParentContacts {

    /** A parent to write to: their sign-up, name, address and language ("nl" or "en"). */
    public record ParentContact(long registrationId, long groupId, String name, String email, String language) {
    }

    private final RegistrationRepository registrations;

    ParentContacts(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @Transactional(readOnly = true)
    public List<ParentContact> withPlace(long groupId) {
        return registrations.findByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED).stream()
                .map(ParentContacts::contact).flatMap(Optional::stream).toList();
    }

    /** The parent of this sign-up while it still has its place and an address. */
    @Transactional(readOnly = true)
    public Optional<ParentContact> withPlace(long groupId, long registrationId) {
        return registrations.findById(registrationId)
                .filter(r -> r.getGroupId() == groupId && r.getStatus() == RegistrationStatus.CONFIRMED)
                .flatMap(ParentContacts::contact);
    }

    private static Optional<ParentContact> contact(Registration registration) {
        Participant parent = registration.getParticipant();
        return parent.getEmail() == null ? Optional.empty()
                : Optional.of(new ParentContact(registration.getId(), registration.getGroupId(), parent.getName(),
                        parent.getEmail(), parent.getLanguage()));
    }
}
