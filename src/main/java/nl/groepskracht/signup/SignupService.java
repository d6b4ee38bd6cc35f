package nl.groepskracht.signup;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.SecureTokens;
import nl.groepskracht.calendar.CalendarInvitations;
import nl.groepskracht.calendar.Invitee;
import nl.groepskracht.group.EnrolmentTerms;
import nl.groepskracht.group.GroupCapacityRaised;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.ScheduleService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Parents' sign-up: double opt-in, places given at confirmation under the group's row lock (so
 * capacity is never exceeded), a waiting list that moves up by itself, invites for every coming
 * session of a confirmed parent and cancellations when they leave.
 */
@Service
@Validated
public class SignupService {

    /** The version of the consent text parents agree to (stored with every registration). */
    public static final String CONSENT_VERSION = "2026-11";

    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final GroupService groups;
    private final CalendarInvitations calendar;
    private final MailOutbox outbox;
    private final SignupMails mails;
    private final ScheduleService schedule;
    private final SessionExcuses excuses;
    private final Clock clock;

    SignupService(RegistrationRepository registrations, ParticipantRepository participants, GroupService groups,
            CalendarInvitations calendar, MailOutbox outbox, SignupMails mails, ScheduleService schedule,
            SessionExcuses excuses, Clock clock) {
        this.registrations = registrations;
        this.participants = participants;
        this.groups = groups;
        this.calendar = calendar;
        this.outbox = outbox;
        this.mails = mails;
        this.schedule = schedule;
        this.excuses = excuses;
        this.clock = clock;
    }

    /** Stores the sign-up as PENDING and mails the confirmation link; no place is taken yet. */
    @Transactional
    public void signUp(long groupId, @Valid SignupForm form) {
        GroupDetails group = groups.openGroup(groupId)
                .filter(g -> g.signupMode() == SignupMode.REGISTRATION)
                .orElseThrow(() -> new FieldValidationException("group", "signup.group.closed"));
        List<Registration> earlier = registrations.activeFor(groupId, Participant.normaliseEmail(form.getEmail()));
        if (!earlier.isEmpty()) {
            remind(earlier.getFirst(), group.name());
            return;
        }
        var participant = participants.save(new Participant(form, SecureTokens.newToken(), clock.instant()));
        var registration = registrations.save(new Registration(groupId, participant, SecureTokens.newToken(),
                CONSENT_VERSION, clock.instant()));
        outbox.enqueue(mails.confirmLink(registration, group.name()));
    }

    /** Signing up again with the same address sends the mail again instead of a second sign-up. */
    private void remind(Registration registration, String groupName) {
        outbox.enqueue(switch (registration.getStatus()) {
            case PENDING -> mails.confirmLink(registration, groupName);
            case WAITLISTED -> mails.waitlisted(registration, groupName, position(registration));
            default -> mails.confirmed(registration, groupName);
        });
    }

    @Transactional(readOnly = true)
    public Optional<PendingConfirmation> pending(String confirmToken) {
        return byToken(confirmToken).map(r -> new PendingConfirmation(groups.ref(r.getGroupId()).name(),
                r.getParticipant().getName(), r.getStatus(), r.isExpired(clock.instant())));
    }

    /**
     * Confirms a sign-up (only ever by an explicit POST): a free place makes it CONFIRMED, a full
     * group puts it on the waiting list. Confirming twice changes nothing.
     */
    @Transactional
    public Optional<ConfirmOutcome> confirm(String confirmToken) {
        Optional<Registration> found = byToken(confirmToken);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = found.get();
        EnrolmentTerms terms = groups.lockForEnrolment(registration.getGroupId());
        if (registration.getStatus() == RegistrationStatus.PENDING) {
            if (registration.isExpired(clock.instant()) || !terms.acceptsSignups()) {
                return Optional.of(ConfirmOutcome.expired(terms.name()));
            }
            if (freePlaces(terms) > 0) {
                givePlace(registration, terms.name(), false);
            } else {
                registration.waitlist(clock.instant());
                registrations.flush();
                int position = position(registration);
                outbox.enqueue(mails.waitlisted(registration, terms.name(), position));
                return Optional.of(new ConfirmOutcome(RegistrationStatus.WAITLISTED, position, terms.name(), false));
            }
        }
        return Optional.of(outcome(registration, terms.name()));
    }

    /** "Mijn aanmeldingen": every registration of the parent behind this personal link. */
    @Transactional(readOnly = true)
    public List<MyRegistration> mine(String personalToken) {
        if (!SecureTokens.looksValid(personalToken)) {
            return List.of();
        }
        return registrations.findByParticipantPersonalTokenOrderByCreatedAtDesc(personalToken).stream()
                .map(r -> new MyRegistration(r.getId(), r.getGroupId(), groups.ref(r.getGroupId()).name(),
                        r.getStatus(), position(r), r.getConsentAt(), coming(r)))
                .toList();
    }

    /** "Ik kan deze keer niet": the parent excuses themselves for one coming session of their group. */
    @Transactional
    public boolean excuse(String personalToken, long registrationId, long sessionId) {
        Optional<Registration> found = registrations.findById(registrationId)
                .filter(r -> r.getParticipant().getPersonalToken().equals(personalToken))
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED);
        if (found.isEmpty() || coming(found.get()).stream().noneMatch(s -> s.sessionId() == sessionId)) {
            return false;
        }
        excuses.excuse(registrationId, sessionId);
        return true;
    }

    private List<ComingSession> coming(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return List.of();
        }
        var excused = excuses.excusedSessions(registration.getId());
        return schedule.sessionsOfGroups(List.of(registration.getGroupId())).stream()
                .filter(s -> !s.isCancelled() && s.start().toInstant().isAfter(clock.instant()))
                .map(s -> new ComingSession(s.id(), s.start(), excused.contains(s.id()))).toList();
    }

    /** The parent cancels: their coming sessions leave their calendar and the next on the waiting list moves up. */
    @Transactional
    public boolean cancel(String personalToken, long registrationId) {
        Optional<Registration> found = registrations.findById(registrationId)
                .filter(r -> r.getParticipant().getPersonalToken().equals(personalToken));
        if (found.isEmpty() || found.get().getStatus() == RegistrationStatus.CANCELLED) {
            return false;
        }
        Registration registration = found.get();
        EnrolmentTerms terms = groups.lockForEnrolment(registration.getGroupId());
        boolean hadPlace = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(clock.instant());
        registrations.flush();
        if (hadPlace) {
            calendar.cancelComingSessions(terms.groupId(), List.of(invitee(registration)));
            fillFreePlaces(terms);
        }
        return true;
    }

    /** A facilitator gives this parent from the waiting list a place now (adding a place when the group is full). */
    @Transactional
    void givePlaceNow(Registration registration) {
        EnrolmentTerms terms = groups.lockForEnrolment(registration.getGroupId());
        if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
            throw new FieldValidationException("status", "participant.not-waitlisted");
        }
        if (freePlaces(terms) <= 0) {
            groups.addPlace(terms.groupId());
        }
        givePlace(registration, terms.name(), true);
    }

    /** More places: the waiting list moves up in the same transaction as the change. */
    @EventListener
    void on(GroupCapacityRaised raised) {
        fillFreePlaces(groups.lockForEnrolment(raised.groupId()));
    }

    private void fillFreePlaces(EnrolmentTerms terms) {
        List<Registration> waiting = registrations.waitingList(terms.groupId());
        for (int free = freePlaces(terms), i = 0; free > 0 && i < waiting.size(); free--, i++) {
            givePlace(waiting.get(i), terms.name(), true);
        }
    }

    private void givePlace(Registration registration, String groupName, boolean fromWaitingList) {
        registration.confirm(clock.instant());
        registrations.flush();
        outbox.enqueue(fromWaitingList ? mails.promoted(registration, groupName)
                : mails.confirmed(registration, groupName));
        calendar.inviteToComingSessions(registration.getGroupId(), List.of(invitee(registration)));
    }

    private int freePlaces(EnrolmentTerms terms) {
        int capacity = terms.capacity() == null ? 0 : terms.capacity();
        return capacity - registrations.countByGroupIdAndStatus(terms.groupId(), RegistrationStatus.CONFIRMED);
    }

    private int position(Registration registration) {
        return registration.getStatus() != RegistrationStatus.WAITLISTED ? 0
                : registrations.waitlistPosition(registration.getGroupId(), registration.getWaitlistedAt(),
                        registration.getId());
    }

    private ConfirmOutcome outcome(Registration registration, String groupName) {
        return new ConfirmOutcome(registration.getStatus(), position(registration), groupName, false);
    }

    private Optional<Registration> byToken(String token) {
        return SecureTokens.looksValid(token) ? registrations.findByConfirmToken(token) : Optional.empty();
    }

    static Invitee invitee(Registration registration) {
        Participant parent = registration.getParticipant();
        return new Invitee(parent.getEmail(), parent.getName(), Locale.of(parent.getLanguage()));
    }
}
