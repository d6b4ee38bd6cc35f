package nl.groepskracht.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the professionals are, for other modules: the facilitators to choose from, the names and
 * addresses to invite, and the signed-in professional. Never exposes password data.
 */
@Service
@Transactional(readOnly = true)
@nl.groepskracht.base.AccessRule("names and roles of professionals (no secrets) for the portal's views and other"
        + " modules' checked calls; requireCurrent refuses anyone not signed in")
public class ProfessionalDirectory {

    private final UserAccountRepository users;
    private final SignedInAccount signedIn;

    ProfessionalDirectory(UserAccountRepository users, SignedInAccount signedIn) {
        this.users = users;
        this.signedIn = signedIn;
    }

    /** Active professionals who can lead a group. */
    public List<Professional> facilitators() {
        return users.findAll(Sort.by("displayName")).stream()
                .filter(account -> account.isActive() && account.getRole() == Role.FACILITATOR)
                .map(ProfessionalDirectory::toProfessional).toList();
    }

    public List<Professional> findAll(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(ProfessionalDirectory::toProfessional).toList();
    }

    /**
     * Those of these professionals who are active facilitators (a deactivated one, or one with another
     * role now, gets no invites or reminders).
     */
    public List<Professional> activeFacilitators(Collection<Long> ids) {
        return users.findAllById(ids).stream().filter(a -> a.isActive() && a.getRole() == Role.FACILITATOR)
                .map(ProfessionalDirectory::toProfessional).toList();
    }

    /**
     * The security version of an active facilitator's account (it changes with a new e-mail address,
     * role or password), empty for anyone else: a calendar feed works only while it is unchanged.
     */
    public Optional<Integer> facilitatorVersion(long id) {
        return users.findById(id).filter(a -> a.isActive() && a.getRole() == Role.FACILITATOR)
                .map(UserAccount::getSecurityVersion);
    }

    /** The signed-in professional, if the current thread has one with an active, unchanged account. */
    public Optional<Professional> current() {
        return signedIn.current().map(ProfessionalDirectory::toProfessional);
    }

    public Professional requireCurrent() {
        return current().orElseThrow(() -> new AccessDeniedException("no signed-in professional"));
    }

    private static Professional toProfessional(UserAccount account) {
        return new Professional(account.getId(), account.getDisplayName(), account.getEmail(), account.getRole());
    }
}
