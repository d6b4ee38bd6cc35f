package nl.groepskracht.signup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn aanmeldingen": what the parent behind a personal link sees and does — every sign-up of their
 * address, whichever e-mail's link was used; "ik kan deze keer niet" and taking it back; signing off;
 * and a fresh link for whoever asks with their address (the answer never tells whether the address is
 * known, and the address gets only a few such mails an hour).
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
    private final GroupFactsSource facts;
    private final SessionExcuses excuses;
    private final MailOutbox outbox;
    private final SignupMails mails;
    private final ParentMailLimit mailLimit;

    PersonalPage(RegistrationRepository registrations, SignupLinks links, SignupService signups, Places places,
            GroupService groups, GroupFactsSource facts, SessionExcuses excuses, MailOutbox outbox,
            SignupMails mails, ParentMailLimit mailLimit) {
        this.registrations = registrations;
        this.links = links;
        this.signups = signups;
        this.places = places;
        this.groups = groups;
        this.facts = facts;
        this.excuses = excuses;
        this.outbox = outbox;
        this.mails = mails;
        this.mailLimit = mailLimit;
    }

    /** The parent's sign-ups; opening the page marks its link as used (a fresh link then leaves it working). */
    @Transactional
    public List<MyRegistration> mine(String personalToken) {
        List<Registration> mine = person(personalToken);
        if (!mine.isEmpty()) {
            links.markOpened(personalToken);
        }
        return mine.stream()
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
        if (comingOf(personalToken, registrationId, sessionId).isEmpty()) {
            return false;
        }
        excuses.excuse(registrationId, sessionId);
        return true;
    }

    /** "Ik kom toch": until the session starts, the parent takes their own excuse back. */
    @Transactional
    public boolean withdrawExcuse(String personalToken, long registrationId, long sessionId) {
        return comingOf(personalToken, registrationId, sessionId).isPresent()
                && excuses.withdraw(registrationId, sessionId);
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
     * when it has sign-ups, replacing the links of earlier e-mails that were never opened. Nothing is said
     * about whether it has; beyond a few an hour nothing is sent.
     */
    @Transactional
    public void mailFreshLink(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        registrations.latestOfPerson(EmailAddresses.hash(email)).stream().findFirst()
                .filter(latest -> mailLimit.allows(email))
                .ifPresent(latest -> {
                    links.forgetUnopenedPersonal(registrations.ofPersonBehind(latest.getId()).stream()
                            .map(Registration::getId).toList());
                    String token = links.create(SignupLinks.Kind.PERSONAL, latest.getId());
                    outbox.enqueue(mails.freshLink(latest, groups.ref(latest.getGroupId()).name(), token));
                });
    }

    /** The coming session of one of the parent's confirmed sign-ups, if the link, sign-up and session match. */
    private Optional<ComingSession> comingOf(String personalToken, long registrationId, long sessionId) {
        return person(personalToken).stream().filter(r -> r.getId() == registrationId)
                .filter(r -> r.getStatus() == RegistrationStatus.CONFIRMED).findFirst()
                .flatMap(r -> coming(r).stream().filter(s -> s.sessionId() == sessionId).findFirst());
    }

    private List<ComingSession> coming(Registration registration) {
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return List.of();
        }
        Map<Long, Boolean> excused = excuses.excusedSessions(registration.getId());
        return facts.coming(registration.getGroupId()).stream()
                .map(s -> new ComingSession(s.id(), s.start(), s.end(), excused.containsKey(s.id()),
                        Boolean.TRUE.equals(excused.get(s.id())))).toList();
    }
}
