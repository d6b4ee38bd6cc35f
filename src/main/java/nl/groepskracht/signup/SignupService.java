package nl.groepskracht.signup;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.base.db.RetryOnConflict;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.i18n.ParentLanguages;
import nl.groepskracht.base.db.UniqueKeys;
import nl.groepskracht.group.EnrolmentTerms;
import nl.groepskracht.group.GroupCapacityRaised;
import nl.groepskracht.group.GroupClosed;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.mail.MailOutbox;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * Parents' sign-up: double opt-in, places given at confirmation under the group's row lock (so
 * capacity is never exceeded), a waiting list that moves up by itself. A registration is always
 * (re)loaded after the lock, so two clicks at once decide one after the other.
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("anyone: parents on the public pages (confirming needs the mailed link's secret"
        + " token)")
public class SignupService {

    /** The version of the consent text parents agree to (stored with every registration). */
    public static final String CONSENT_VERSION = "2026-11";

    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final GroupService groups;
    private final Places places;
    private final MailOutbox outbox;
    private final SignupMails mails;
    private final SignupLinks links;
    private final GroupFactsSource facts;
    private final ReferralLinks referrals;
    private final ParentMailLimit mailLimit;
    private final ParentLanguages languages;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Confirmation confirmation;
    private final Clock clock;

    SignupService(RegistrationRepository registrations, ParticipantRepository participants, GroupService groups,
            Places places, MailOutbox outbox, SignupMails mails, SignupLinks links, ReferralLinks referrals,
            GroupFactsSource facts, ParentMailLimit mailLimit, ParentLanguages languages,
            PlatformTransactionManager transactions, EntityManager entityManager, Confirmation confirmation,
            Clock clock) {
        this.entityManager = entityManager;
        this.confirmation = confirmation;
        this.mailLimit = mailLimit;
        this.languages = languages;
        this.links = links;
        this.referrals = referrals;
        this.facts = facts;
        this.registrations = registrations;
        this.participants = participants;
        this.groups = groups;
        this.places = places;
        this.outbox = outbox;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Stores the sign-up as PENDING and mails the confirmation link; no place is taken yet. Signing up
     * again sends the mail again (not within the first minute: that is a double tap, its mail is on
     * its way); a sign-up whose link expired is replaced by a fresh one. Two submits at the very same
     * moment store one sign-up: the database's unique index refuses the second, whose request then
     * simply ends like the first. Whoever types the address, its inbox gets only a few such mails an
     * hour ({@link ParentMailLimit}); the answer is the same either way.
     */
    @RetryOnConflict
    public void signUp(long groupId, @Valid SignupForm form) {
        try {
            transaction.executeWithoutResult(status -> signUpOnce(groupId, form));
        } catch (DataIntegrityViolationException conflict) {
            if (!UniqueKeys.refusedBy(conflict, "uk_registration_active")) {
                throw conflict;
            }
            // the same form twice at once: the first request stored the sign-up and wrote its e-mail
        }
    }

    private void signUpOnce(long groupId, SignupForm form) {
        GroupDetails group = groups.openGroup(groupId)
                .filter(g -> g.signupMode() == SignupMode.REGISTRATION)
                .orElseThrow(() -> new FieldValidationException("group", "signup.group.closed"));
        if (!groups.hasComingSession(groupId)) {
            throw new FieldValidationException("group", "signup.group.over");
        }
        if (languages.find(form.getLanguage()).isEmpty()) {
            throw new FieldValidationException("language", "validation.unknown");
        }
        // the address's earlier sign-ups, read once: those still running for this group, and the family key
        List<Registration> ofAddress = registrations.ofAddress(EmailAddresses.hash(form.getEmail()));
        for (Registration earlier : ofAddress.stream().filter(r -> r.getGroupId() == groupId
                && r.getStatus() != RegistrationStatus.CANCELLED).toList()) {
            if (!earlier.isExpired(clock.instant())) {
                if (!earlier.isJustCreated(clock.instant()) && mailLimit.allows(form.getEmail())) {
                    remind(earlier, group.name());
                }
                return;
            }
            earlier.cancel(clock.instant());
            registrations.flush();
        }
        String family = ofAddress.stream().findFirst().map(r -> r.getParticipant().getFamilyKey())
                .orElseGet(() -> UUID.randomUUID().toString());
        var participant = participants.save(new Participant(form, family, clock.instant()));
        var registration = registrations.saveAndFlush(new Registration(groupId, participant, CONSENT_VERSION,
                clock.instant()).cameThrough(form.getToeleiding(), referrals.linkFor(groupId, form.getVia())));
        if (mailLimit.allows(form.getEmail())) {
            outbox.enqueue(mails.confirmLink(registration, group.name()));
        }
    }

    /** Signing up again with the same address sends the mail again instead of a second sign-up. */
    private void remind(Registration registration, String groupName) {
        places.send(switch (registration.getStatus()) {
            case PENDING -> mails.confirmLink(registration, groupName);
            case WAITLISTED -> mails.waitlisted(registration, groupName, places.position(registration));
            default -> places.placeAgain(registration, groupName);
        });
    }

    @Transactional(readOnly = true)
    public Optional<PendingConfirmation> pending(String confirmToken) {
        return links.registrationOf(SignupLinks.Kind.CONFIRM, confirmToken).flatMap(registrations::findById)
                .map(r -> new PendingConfirmation(facts.of(r.getGroupId()), r.getParticipant().getName(),
                        r.getStatus(), r.isExpired(clock.instant()), places.position(r), takesSignups(r.getGroupId())));
    }

    /**
     * Confirms, and only when this request took the sign-up out of PENDING, makes a fresh personal link
     * for the page shown in answer to it (a later click, or the old confirm link, makes none), with what that
     * page shows, read before the group's lock ({@link Confirmation}).
     */
    @RetryOnConflict
    public Optional<ConfirmedNow> confirmWithPersonalLink(String confirmToken) {
        return links.registrationOf(SignupLinks.Kind.CONFIRM, confirmToken)
                .map(id -> confirmation.confirm(id, true)).filter(done -> done.outcome().justNow())
                .map(done -> new ConfirmedNow(done.pageToken(), new PendingConfirmation(done.facts(),
                        done.parentName(), done.outcome().status(), false, done.outcome().waitlistPosition(),
                        done.groupTakesSignups())));
    }

    /** Whether a parent can (again) sign up for the group on its page. */
    private boolean takesSignups(long groupId) {
        return groups.openGroup(groupId).filter(g -> g.signupMode() == SignupMode.REGISTRATION).isPresent()
                && groups.hasComingSession(groupId);
    }

    /**
     * Confirms a sign-up (only ever by an explicit POST): a free place makes it CONFIRMED, a full
     * group puts it on the waiting list. Confirming again (a second click, the back button) changes
     * nothing and tells the same outcome.
     */
    @RetryOnConflict
    public Optional<ConfirmOutcome> confirm(String confirmToken) {
        return links.registrationOf(SignupLinks.Kind.CONFIRM, confirmToken).map(this::confirmById);
    }

    /** The registration is read after the group's lock, so two clicks at once are decided one after the other. */
    ConfirmOutcome confirmById(long registrationId) {
        return confirmation.confirm(registrationId, false).outcome();
    }

    /** A facilitator takes a parent off the group (the parent is told). */
    @Transactional
    boolean remove(long registrationId) {
        return leave(registrationId, Leaving.REMOVED);
    }

    boolean leave(long registrationId, Leaving why) {
        var key = registrations.keyById(registrationId).orElseThrow();
        EnrolmentTerms terms = groups.lockForEnrolment(key.getGroupId());
        Registration registration = afterLock(registrationId);
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return false;
        }
        places.leave(registration, terms, why);
        return true;
    }

    /** A facilitator gives this parent from the waiting list a place now (adding a place when the group is full). */
    @Transactional
    void givePlaceNow(long registrationId) {
        var key = registrations.keyById(registrationId).orElseThrow();
        EnrolmentTerms terms = groups.lockForEnrolment(key.getGroupId());
        Registration registration = afterLock(registrationId);
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new FieldValidationException("status", "participant.not-waitlisted");
        }
        if (places.free(terms) <= 0) {
            groups.addPlace(terms.groupId());
        }
        places.give(registration, terms, true);
    }

    /** More places: the waiting list moves up in the same transaction as the change. */
    @EventListener
    void on(GroupCapacityRaised raised) {
        places.fillFree(groups.lockForEnrolment(raised.groupId()));
    }

    /** A closed group: those waiting are told they will not get a place; unconfirmed sign-ups end. */
    @EventListener
    void on(GroupClosed closed) {
        EnrolmentTerms terms = groups.lockForEnrolment(closed.groupId());
        for (Registration registration : registrations.findByGroupIdAndStatusIn(closed.groupId(),
                List.of(RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING))) {
            if (registration.getStatus() == RegistrationStatus.WAITLISTED) {
                places.leave(registration, terms, Leaving.GROUP_CLOSED);
            } else {
                registration.cancel(clock.instant());
            }
        }
    }

    /**
     * The registration as it is now that the group is locked: read again even when this transaction
     * saw it before (the personal page loads it first), so a change made meanwhile is not overwritten.
     */
    private Registration afterLock(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        entityManager.refresh(registration);
        return registration;
    }
}
