package nl.groepskracht.signup;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.calendar.GroupCalendars;
import nl.groepskracht.group.EnrolmentTerms;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutgoingMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Confirming a sign-up with as little as possible under the group's row lock, which every confirmation of the
 * group waits for. Before it, in the same transaction but without a lock and writing nothing: the registration and
 * its parent, the group's facts (for the mail and the answer page), the personal links' tokens drawn and hashed,
 * and, when a place looks free, the calendar invitation and the "u bent aangemeld" mail written. Under it: the
 * lock, one statement for the registration as stored now with its group's places taken and the waiting list ahead
 * of it, the decision, the links in one statement and the mail in the outbox. Only what the guess could not know
 * is written there: the waiting-list mail (it tells the position), or a place mail when the group looked full and
 * a place came free meanwhile.
 */
@Component
class Confirmation {

    private final RegistrationRepository registrations;
    private final GroupService groups;
    private final Places places;
    private final SignupMails mails;
    private final SignupLinks links;
    private final GroupFactsSource facts;
    private final GroupCalendars calendars;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Confirmation(RegistrationRepository registrations, GroupService groups, Places places, SignupMails mails,
            SignupLinks links, GroupFactsSource facts, GroupCalendars calendars, EntityManager entityManager,
            PlatformTransactionManager transactions, Clock clock) {
        this.registrations = registrations;
        this.groups = groups;
        this.places = places;
        this.mails = mails;
        this.links = links;
        this.facts = facts;
        this.calendars = calendars;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What confirming did, and for the answer page the group's facts and the page's personal link (null: none). */
    record Done(ConfirmOutcome outcome, GroupFacts facts, String parentName, String pageToken,
            boolean groupTakesSignups) {
    }

    /** Confirms (in the caller's transaction when there is one); {@code pageLink}: make a personal link for the page. */
    Done confirm(long registrationId, boolean pageLink) {
        // one transaction: the reads before the lock take no lock of their own (READ COMMITTED, each statement sees
        // what is committed), so a second transaction would only add its begin, commit and settings round trips
        return transaction.execute(status -> decide(prepare(registrationId, pageLink)));
    }

    private record Prepared(Registration registration, GroupFacts facts, SignupLinks.NewLink mailLink,
            SignupLinks.NewLink pageLink, GroupCalendars.PreparedInvitation invitation, OutgoingMail placeMail) {
    }

    private Prepared prepare(long registrationId, boolean pageLink) {
        Registration registration = registrations.withParticipant(registrationId).orElseThrow();
        if (registration.getStatus() != RegistrationStatus.PENDING || registration.isExpired(clock.instant())) {
            return new Prepared(registration, null, null, null, null, null);
        }
        long groupId = registration.getGroupId();
        GroupFacts group = facts.of(groupId);
        boolean mailed = registration.getParticipant().getEmail() != null;
        SignupLinks.NewLink mailLink = mailed ? links.make(SignupLinks.Kind.PERSONAL, registrationId) : null;
        SignupLinks.NewLink answerLink = pageLink ? links.make(SignupLinks.Kind.PERSONAL, registrationId) : null;
        Integer capacity = groups.openGroup(groupId).map(g -> g.capacity()).orElse(null);
        long taken = (Long) registrations.withPlaces(registrationId, clock.instant()).getFirst()[2];
        if (!mailed || capacity == null || taken >= capacity) {
            return new Prepared(registration, group, mailLink, answerLink, null, null);
        }
        var invitation = calendars.prepareInvitation(groupId, Places.invitee(registration));
        OutgoingMail mail = mails.confirmed(registration, group, null, mails.pageOf(registration, mailLink.token()));
        return new Prepared(registration, group, mailLink, answerLink, invitation, mail);
    }

    private Done decide(Prepared prepared) {
        long id = prepared.registration().getId();
        EnrolmentTerms terms = groups.lockForEnrolment(prepared.registration().getGroupId());
        Instant now = clock.instant();
        Object[] state = registrations.withPlaces(id, now).getFirst();
        Registration registration = (Registration) state[0];
        if (registration.getStatus() != state[1]) {
            entityManager.refresh(registration); // this transaction held an older copy
        }
        if (registration.getStatus() != RegistrationStatus.PENDING) {
            return done(prepared, new ConfirmOutcome(registration.getStatus(), places.position(registration),
                    terms.name(), false, false), null, terms);
        }
        if (registration.isExpired(now) || !terms.acceptsSignups()) {
            return done(prepared, ConfirmOutcome.expired(terms.name()), null, terms);
        }
        int free = (terms.capacity() == null ? 0 : terms.capacity()) - ((Long) state[2]).intValue();
        List<SignupLinks.NewLink> made = new ArrayList<>();
        Optional.ofNullable(prepared.pageLink()).ifPresent(made::add);
        int position = 0;
        if (free > 0 && prepared.placeMail() != null) {
            places.take(registration, terms);
            var sessions = calendars.invitation(prepared.invitation());
            places.send(sessions == null ? prepared.placeMail()
                    : prepared.placeMail().withCalendar(sessions.method(), sessions.ics()));
            made.add(prepared.mailLink());
        } else if (free > 0) {
            places.give(registration, terms, false); // the group looked full before the lock: its mail is written now
        } else {
            registration.waitlist(now);
            position = ((Long) state[3]).intValue() + 1;
            if (prepared.mailLink() != null) {
                places.send(mails.waitlisted(prepared.registration(), terms.name(), position,
                        mails.pageOf(prepared.registration(), prepared.mailLink().token())));
                made.add(prepared.mailLink());
            }
        }
        links.store(made);
        return done(prepared, new ConfirmOutcome(registration.getStatus(), position, terms.name(), false, true),
                prepared.pageLink(), terms);
    }

    private static Done done(Prepared prepared, ConfirmOutcome outcome, SignupLinks.NewLink page,
            EnrolmentTerms terms) {
        return new Done(outcome, prepared.facts(), prepared.registration().getParticipant().getName(),
                page == null ? null : page.token(), terms.acceptsSignups());
    }
}
