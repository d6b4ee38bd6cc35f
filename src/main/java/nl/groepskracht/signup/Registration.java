package nl.groepskracht.signup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;

/** A parent's sign-up for one group, with the consent they gave and when. */
@Entity
class Registration extends AbstractEntity {

    static final Duration CONFIRM_WITHIN = Duration.ofHours(48);

    @Column(name = "group_id")
    private long groupId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status = RegistrationStatus.PENDING;
    @Column(name = "consent_version")
    private String consentVersion;
    @Column(name = "consent_at")
    private Instant consentAt;
    /** The facilitator who recorded a consent given orally (a sign-up by phone), else null. */
    @Column(name = "consent_by")
    private String consentBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "waitlisted_at")
    private Instant waitlistedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    /** The person, for "one active sign-up per group" (a unique index); cleared when their data is deleted. */
    @Column(name = "email_hash")
    private byte[] emailHash;

    /** How the parent found the group (their answer, optional). */
    @Enumerated(EnumType.STRING)
    private Toeleiding toeleiding;
    /** The verwijslink the parent signed up through: the referring organisation counts it. */
    @Column(name = "referral_link_id")
    private Long referralLinkId;

    protected Registration() {
    }

    Registration(long groupId, Participant participant, String consentVersion, Instant now) {
        this.groupId = groupId;
        this.participant = participant;
        this.emailHash = participant.getEmail() == null ? null
                : nl.groepskracht.base.EmailAddresses.hash(participant.getEmail());
        this.consentVersion = consentVersion;
        this.consentAt = now;
        this.createdAt = now;
    }

    /** How the parent came: their answer and the verwijslink they used (both optional). */
    Registration cameThrough(Toeleiding answer, Long referralLink) {
        toeleiding = answer;
        referralLinkId = referralLink;
        return this;
    }

    boolean isExpired(Instant now) {
        return status == RegistrationStatus.PENDING && createdAt.plus(CONFIRM_WITHIN).isBefore(now);
    }

    void consentRecordedBy(String facilitator) {
        consentBy = facilitator;
    }

    String getConsentBy() {
        return consentBy;
    }

    /** Signed up by a facilitator (by phone), not by the parent on the form. */
    boolean isByFacilitator() {
        return consentBy != null;
    }

    /** Created less than a minute ago: the same form sent twice (a double tap), not a new attempt. */
    boolean isJustCreated(Instant now) {
        return createdAt.isAfter(now.minusSeconds(60));
    }

    void confirm(Instant now) {
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    void waitlist(Instant now) {
        status = RegistrationStatus.WAITLISTED;
        waitlistedAt = now;
    }

    void cancel(Instant now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    /** The person is forgotten: nothing links this registration to an address any more. */
    void forgetPerson() {
        emailHash = null;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }

    String getConsentVersion() {
        return consentVersion;
    }

    long getGroupId() {
        return groupId;
    }

    Participant getParticipant() {
        return participant;
    }

    RegistrationStatus getStatus() {
        return status;
    }

    Instant getConsentAt() {
        return consentAt;
    }

    Instant getWaitlistedAt() {
        return waitlistedAt;
    }
}
