package nl.groepskracht.security;


import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.privacy.AuditNote;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Account management for administrators. Passwords are generated, hashed, and shown only once. */
@Service
@Validated
@PreAuthorize(Roles.ONLY_ADMIN)
public class UserService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final DirectoryService directory;
    private final LoginThrottle throttle;
    private final SecondFactorStore secondFactors;
    private final List<LedGroups> ledGroups;
    private final Clock clock;
    private final AccountAudit audit;

    UserService(UserAccountRepository users, PasswordEncoder passwordEncoder, DirectoryService directory,
            LoginThrottle throttle, SecondFactorStore secondFactors, List<LedGroups> ledGroups, Clock clock,
            AccountAudit audit) {
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.ledGroups = ledGroups;
        this.audit = audit;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.clock = clock;
    }

    /** The accounts; "locked" means someone is being slowed down or refused on it right now. */
    @Transactional(readOnly = true)
    public Page<UserSummary> list(Pageable page) {
        return users.findAll(page).map(account -> account.toSummary(throttle.underAttack(account.getId())));
    }

    /** Active accounts that someone is being slowed down or refused on right now: the start page. */
    @Transactional(readOnly = true)
    public List<UserSummary> underAttack() {
        List<UserAccount> active = users.findByActiveTrue();
        Set<Long> attacked = throttle.underAttack(active.stream().map(UserAccount::getId).toList());
        return active.stream().filter(a -> attacked.contains(a.getId())).map(a -> a.toSummary(true)).toList();
    }

    @Transactional(readOnly = true)
    public UserDraft load(long id) {
        return find(id).toDraft();
    }

    /**
     * Creates an account and returns its generated first password, to pass on to the person; they must
     * replace it with their own at the first login.
     */
    @Transactional
    public CreatedUser create(@Valid UserDraft draft) {
        checkUnique(draft, null);
        String password = PasswordGenerator.generate();
        var account = new UserAccount(passwordEncoder.encode(password), true, clock.instant());
        account.apply(draft);
        UserAccount saved = saveFlushing(account);
        audit.created(saved);
        return new CreatedUser(saved.getId(), password);
    }

    @Transactional
    public void update(long id, @Valid UserDraft draft) {
        checkUnique(draft, id);
        var account = find(id);
        audit.beforeChange(account, draft);
        account.apply(draft);
        saveFlushing(account);
    }

    /** The open and running groups the account leads: what deactivating it means for them. */
    @Transactional(readOnly = true)
    public List<LedGroups.LedGroup> groupsLedBy(long id) {
        find(id);
        return ledGroups.stream().flatMap(groups -> groups.ledBy(id).stream()).toList();
    }

    @Transactional
    public void setActive(long id, boolean active) {
        UserAccount account = find(id);
        audit.activeChanged(account, active);
        account.setActive(active);
    }

    /**
     * Sets a new generated password and returns it: every client may try again, open sessions end, and
     * its owner must choose their own password at the next login.
     */
    @Transactional
    public String resetPassword(long id) {
        String password = PasswordGenerator.generate();
        UserAccount account = find(id);
        account.setAdministratorPassword(passwordEncoder.encode(password));
        throttle.clear(account.getId());
        audit.passwordMadeByAdministrator(account);
        return password;
    }

    /** Whether the account has a second factor set up (the administrator can reset it). */
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(long id) {
        return secondFactors.exists(find(id).getId());
    }

    /**
     * The professional lost their phone and recovery codes: their second factor and remembered devices are
     * gone, their open sessions end, and at the next sign-in they set the factor up again. Audited.
     */
    @Transactional
    public void resetSecondFactor(long id) {
        UserAccount account = find(id);
        secondFactors.remove(account.getId());
        account.endSessions();
        audit.secondFactorChanged(account, AuditNote.SecondFactorChange.RESET);
    }

    private void checkUnique(UserDraft draft, Long id) {
        String email = Emails.normalise(draft.getEmail());
        boolean taken = id == null ? users.existsByEmail(email) : users.existsByEmailAndIdNot(email, id);
        if (taken) {
            throw new FieldValidationException("email", "user.email.taken");
        }
        if (draft.getOrganisationId() != null && !directory.organisationExists(draft.getOrganisationId())) {
            throw new FieldValidationException("organisationId", "validation.unknown");
        }
    }

    private UserAccount saveFlushing(UserAccount account) {
        try {
            return users.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // two admins saving the same address at once: the unique key decides
            throw new FieldValidationException("email", "user.email.taken");
        }
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new IllegalArgumentException("No user " + id));
    }

    /** The new account's id and its first password (shown once, never stored in plain text). */
    public record CreatedUser(long id, String password) {
    }
}
