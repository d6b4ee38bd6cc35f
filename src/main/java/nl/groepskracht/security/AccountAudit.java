package nl.groepskracht.security;

import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.privacy.AuditNote;
import org.springframework.stereotype.Component;

/**
 * Every change to a professional's account goes into the audit log: who did it (the signed-in person,
 * or the portal itself), to whom, when, and what changed (a role or an e-mail address from → to).
 */
@Component
class AccountAudit {

    private final AuditLog audit;

    AccountAudit(AuditLog audit) {
        this.audit = audit;
    }

    void created(UserAccount account) {
        audit.recordAccountChange(AuditAction.ACCOUNT_CREATED, account.getId(), null);
    }

    /** Before the draft is applied (the actor's own address may be the one that changes). */
    void beforeChange(UserAccount account, UserDraft draft) {
        if (account.getRole() != draft.getRole()) {
            audit.recordAccountChange(AuditAction.ACCOUNT_ROLE_CHANGED, account.getId(),
                    AuditNote.change(account.getRole(), draft.getRole()));
        }
        String email = Emails.normalise(draft.getEmail());
        if (!account.getEmail().equals(email)) {
            audit.recordAccountChange(AuditAction.ACCOUNT_EMAIL_CHANGED, account.getId(),
                    AuditNote.change(account.getEmail(), email));
        }
    }

    void activeChanged(UserAccount account, boolean active) {
        if (account.isActive() != active) {
            audit.recordAccountChange(active ? AuditAction.ACCOUNT_ACTIVATED : AuditAction.ACCOUNT_DEACTIVATED,
                    account.getId(), null);
        }
    }

    void passwordMadeByAdministrator(UserAccount account) {
        audit.recordAccountChange(AuditAction.ACCOUNT_PASSWORD_RESET, account.getId(), null);
    }

    void ownPasswordChanged(UserAccount account) {
        audit.recordAccountChange(AuditAction.ACCOUNT_PASSWORD_CHANGED, account.getId(), null);
    }

    /** Through the mailed link: nobody is signed in, the owner did it. */
    void ownPasswordChosenByLink(UserAccount account) {
        audit.recordOwnAccountChange(AuditAction.ACCOUNT_PASSWORD_CHANGED, account.getId(), account.getEmail(),
                AuditNote.BY_LINK_NOTE);
    }

    /** Set up or switched off by the owner, or reset by an administrator. */
    void secondFactorChanged(UserAccount account, AuditNote.SecondFactorChange change) {
        audit.recordAccountChange(AuditAction.ACCOUNT_SECOND_FACTOR_CHANGED, account.getId(),
                AuditNote.secondFactor(change));
    }

    /** The first sign-in with the organisation's account linked it: the owner did it, not yet signed in. */
    void organisationAccountLinked(UserAccount account, String registrationId) {
        audit.recordOwnAccountChange(AuditAction.ACCOUNT_SIGN_IN_METHOD_CHANGED, account.getId(), account.getEmail(),
                AuditNote.organisationAccountLinked(registrationId));
    }
}
