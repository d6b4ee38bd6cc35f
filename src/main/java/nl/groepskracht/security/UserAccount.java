package nl.groepskracht.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;

@Entity
@Table(name = "user_account")
class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "organisation_id")
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    private boolean active = true;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String passwordHash, Instant createdAt) {
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    void apply(UserDraft draft) {
        email = Emails.normalise(draft.getEmail());
        displayName = draft.getDisplayName().strip();
        organisationId = draft.getOrganisationId();
        role = draft.getRole();
    }

    UserDraft toDraft() {
        var draft = new UserDraft();
        draft.setEmail(email);
        draft.setDisplayName(displayName);
        draft.setOrganisationId(organisationId);
        draft.setRole(role);
        return draft;
    }

    UserSummary toSummary(Instant now) {
        return new UserSummary(getId(), email, displayName, organisationId, role, active, isLockedAt(now));
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; locks the account for {@code lock} once {@code max} is reached. */
    void recordFailedLogin(int max, Instant now, Duration lock) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = now.plus(lock);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        recordSuccessfulLogin();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Role getRole() {
        return role;
    }

    boolean isActive() {
        return active;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
