package nl.groepskracht.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the professionals are, for other modules: the facilitators to choose from, the names and
 * addresses to invite, and the signed-in professional. Never exposes password data.
 */
@Service
@Transactional(readOnly = true)
public class ProfessionalDirectory {

    private final UserAccountRepository users;

    ProfessionalDirectory(UserAccountRepository users) {
        this.users = users;
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

    /** Those of these professionals whose account is active (a deactivated one gets no invites or reminders). */
    public List<Professional> findActive(Collection<Long> ids) {
        return users.findAllById(ids).stream().filter(UserAccount::isActive)
                .map(ProfessionalDirectory::toProfessional).toList();
    }

    public boolean isActive(long id) {
        return users.findById(id).map(UserAccount::isActive).orElse(false);
    }

    /** The signed-in professional, if the current thread has one with an active account. */
    public Optional<Professional> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByEmail(Emails.normalise(auth.getName())).filter(UserAccount::isActive)
                .map(ProfessionalDirectory::toProfessional);
    }

    public Professional requireCurrent() {
        return current().orElseThrow(() -> new AccessDeniedException("no signed-in professional"));
    }

    private static Professional toProfessional(UserAccount account) {
        return new Professional(account.getId(), account.getDisplayName(), account.getEmail(), account.getRole());
    }
}
