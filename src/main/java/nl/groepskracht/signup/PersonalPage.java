package nl.groepskracht.signup;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.ScheduleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn aanmeldingen": what the parent behind a personal link sees and does — every sign-up of their
 * address, whichever e-mail's link was used; "ik kan deze keer niet"; signing off; and a fresh link
 * for whoever asks with their address (the answer never tells whether the address is known).
 */
@Service
@nl.groepskracht.base.AccessRule("anyone holding the parent's personal link (its secret token); mailFreshLink: anyone"
        + " (the answer never tells whether an address is known)")
public class PersonalPage {

    private final RegistrationRepository registrations;
    private final SignupLinks links;
    private final SignupService signups;
    private final Places places;
    private final GroupService groups;
    private final ScheduleService schedule;
    private final SessionExcuses excuses;
    private final MailOutbox outbox;
    private final SignupMails mails;
    private final Clock clock;

    PersonalPage(RegistrationRepository registrations, SignupLinks links, SignupService signups, Places places,
            GroupService groups, ScheduleService schedule, SessionExcuses excuses, MailOutbox outbox,
            SignupMails mails, Clock clock) {
        this.registrations = registrations;
        this.links = links;
        this.signups = signups;
        this.places = places;
        this.groups = groups;
        this.schedule = schedule;
        this.excuses = excuses;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MyRegistration> mine(String personalToken) {
        return person(personalToken).stream()
                .map(r -> new MyRegistration(r.getId(), r.getGroupId(), groups.ref(r.getGroupId()).name(),
                        r.getStatus(), places.position(r), r.getConsentAt(), coming(r)))
                .toList();
    }

    /** The registrations of the person behind a personal link (empty for a wrong, old or deleted link). */
    List<Registration> person(String personalToken) {
        return links.registrationOf(SignupLinks.Kind.PERSONAL, personalToken).map(registrations::ofPersonBehind)
                .orElse(List.of());
    }

    /** "Ik kan deze keer niet": the parent excuses themselves for one coming session of their group. */
    @Transactional
    public boolean excuse(String personalToken, long registrationId, long sessionId) {
        Optional<Registration> found = person(personalToken).stream().filter(r -> r.getId() == registrationId)
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).findFirst();
        if (found.isEmpty() || coming(found.get()).stream().noneMatch(s -> s.sessionId() == sessionId)) {
            return false;
        }
        excuses.excuse(registrationId, sessionId);
        return true;
    }

    /** The parent signs off: one e-mail says so (and takes the sessions out of their calendar); the waiting list moves up. */
    @Transactional
    public boolean cancel(String personalToken, long registrationId) {
        if (person(personalToken).stream().noneMatch(r -> r.getId() == registrationId)) {
            return false;
        }
        return signups.leave(registrationId, Leaving.SIGNED_OFF);
    }

    /**
     * Someone asks for their link (it expired, or the e-mail is gone): a fresh one goes to the address
     * when it has sign-ups. Nothing is said about whether it has.
     */
    @Transactional
    public void mailFreshLink(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        registrations.latestOfPerson(EmailAddresses.hash(email)).stream().findFirst()
                .ifPresent(latest -> outbox.enqueue(mails.freshLink(latest, groups.ref(latest.getGroupId()).name())));
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
}
