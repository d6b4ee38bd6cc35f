package nl.groepskracht.signup;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.calendar.GroupCalendars;
import nl.groepskracht.calendar.Invitee;
import nl.groepskracht.group.EnrolmentTerms;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.mail.MailOutbox;
import org.springframework.stereotype.Component;

/**
 * Places in a group, always decided under the group's row lock (the caller holds it, see
 * {@code GroupService.lockForEnrolment}): giving one with the parent's one e-mail and calendar
 * invitation, the waiting list moving up, and a parent leaving with one e-mail.
 */
@Component
class Places {

    private final RegistrationRepository registrations;
    private final GroupCalendars calendars;
    private final MailOutbox outbox;
    private final SignupMails mails;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    Places(RegistrationRepository registrations, GroupCalendars calendars, MailOutbox outbox, SignupMails mails,
            Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.calendars = calendars;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
        this.events = events;
    }

    void give(Registration registration, EnrolmentTerms terms, boolean fromWaitingList) {
        take(registration, terms);
        if (hasAddress(registration)) {
            var sessions = calendars.invitation(terms.groupId(), invitee(registration));
            send(fromWaitingList ? mails.promoted(registration, terms.name(), sessions)
                    : mails.confirmed(registration, terms.name(), sessions));
        }
    }

    /** The place itself, without the parent's mail (the caller wrote it before the lock). */
    void take(Registration registration, EnrolmentTerms terms) {
        registration.confirm(clock.instant());
        registrations.flush();
        events.publishEvent(new PlacesChanged(terms.groupId()));
    }

    /** The mail of a place once more (the parent signed up again), with the group's sessions for the calendar. */
    nl.groepskracht.mail.OutgoingMail placeAgain(Registration registration, String groupName) {
        return mails.confirmed(registration, groupName,
                calendars.invitation(registration.getGroupId(), invitee(registration)));
    }

    /** A parent signed up by phone without an e-mail address gets no mail (the facilitator tells them). */
    void send(nl.groepskracht.mail.OutgoingMail mail) {
        if (mail != null) {
            outbox.enqueue(mail);
        }
    }

    private static boolean hasAddress(Registration registration) {
        return registration.getParticipant().getEmail() != null;
    }

    /** Free places go to those waiting longest; a closed group promotes no one. */
    void fillFree(EnrolmentTerms terms) {
        if (terms.status() == GroupStatus.CLOSED) {
            return;
        }
        List<Registration> waiting = registrations.waitingList(terms.groupId());
        for (int free = free(terms), i = 0; free > 0 && i < waiting.size(); free--, i++) {
            give(waiting.get(i), terms, true);
        }
    }

    /** The parent leaves (a place or the waiting list): one e-mail that says so; their place moves on. */
    void leave(Registration registration, EnrolmentTerms terms, Leaving why) {
        RegistrationStatus before = registration.getStatus();
        registration.cancel(clock.instant());
        registrations.flush();
        if (before == RegistrationStatus.CONFIRMED) {
            events.publishEvent(new PlacesChanged(terms.groupId()));
        }
        if (before == RegistrationStatus.CONFIRMED) {
            if (hasAddress(registration)) {
                send(mails.left(registration, terms.name(), why,
                        calendars.cancellation(terms.groupId(), invitee(registration))));
            }
            fillFree(terms);
        } else if (before == RegistrationStatus.WAITLISTED && why != Leaving.DATA_DELETED) {
            send(mails.left(registration, terms.name(), why == Leaving.SIGNED_OFF ? Leaving.LEFT_WAITING_LIST : why,
                    null));
        }
    }

    int free(EnrolmentTerms terms) {
        int capacity = terms.capacity() == null ? 0 : terms.capacity();
        return capacity - registrations.countByGroupIdAndStatus(terms.groupId(), RegistrationStatus.CONFIRMED);
    }

    /** Place on the waiting list (1 = next), 0 when not waiting. */
    int position(Registration registration) {
        return registration.getStatus() != RegistrationStatus.WAITLISTED ? 0
                : registrations.waitlistPosition(registration.getGroupId(), registration.getWaitlistedAt(),
                        registration.getId());
    }

    static Invitee invitee(Registration registration) {
        Participant parent = registration.getParticipant();
        return new Invitee(parent.getEmail(), parent.getName(), Locale.of(parent.getLanguage()), false);
    }
}
