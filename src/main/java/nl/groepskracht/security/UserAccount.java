package nl.groepskracht.security;

import nl.groepskracht.base.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
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
    /** Raised when the account is deactivated, gets another role or a new password: its sessions end. */
    @Column(name = "security_version")
    private int securityVersion;
    /** The password was made by an administrator (or set up in the configuration): replace it before anything else. */
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** The organisation's identity provider and its account this account was linked to at its first OIDC sign-in. */
    @Column(name = "oidc_issuer")
    private String oidcIssuer;
    @Column(name = "oidc_subject")
    private String oidcSubject;

    protected UserAccount() {
    }

    UserAccount(String passwordHash, boolean mustChangePassword, Instant createdAt) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    void apply(UserDraft draft) {
        if ((role != null && role != draft.getRole()) || (email != null
                && !email.equals(Emails.normalise(draft.getEmail())))) {
            securityVersion++;
        }
        email = Emails.normalise(draft.getEmail());
        displayName = PlainText.name(draft.getDisplayName());
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

    UserSummary toSummary(boolean underAttack) {
        return new UserSummary(getId(), email, displayName, organisationId, role, active, underAttack);
    }

    /** An administrator made a new password and passes it on: its owner must choose their own at the next login. */
    void setAdministratorPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        securityVersion++;
    }

    /** The owner chose this password (changed it, or reset it through the e-mailed link). */
    void setOwnPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
        securityVersion++;
    }

    /** Whether the account is linked to an identity provider's account already. */
    boolean isLinkedToOrganisation() {
        return oidcIssuer != null;
    }

    /** The first sign-in with the organisation's account links the two (never made from a token). */
    void linkOrganisationAccount(String issuer, String subject) {
        oidcIssuer = issuer;
        oidcSubject = subject;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    /** Its open sessions end at their next request (its second factor was reset). */
    void endSessions() {
        securityVersion++;
    }

    void setActive(boolean active) {
        if (this.active != active) {
            securityVersion++;
        }
        this.active = active;
    }

    int getSecurityVersion() {
        return securityVersion;
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

    boolean mustChangePassword() {
        return mustChangePassword;
    }
}
