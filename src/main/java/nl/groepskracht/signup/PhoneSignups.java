package nl.groepskracht.signup;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Submissions;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.security.ProfessionalDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A facilitator signs a parent up who called or came by: a place (or the waiting list) at once, the
 * consent recorded as given orally, to whom and when. With an e-mail address the parent gets one
 * e-mail saying the facilitator signed them up; without one, none at all.
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("the group's facilitators (GroupService.requireManageableRef)")
public class PhoneSignups {

    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final GroupService groups;
    private final SignupService signups;
    private final ProfessionalDirectory professionals;
    private final AuditLog audit;
    private final nl.groepskracht.base.i18n.ParentLanguages languages;
    private final Submissions submissions;
    private final Clock clock;

    PhoneSignups(RegistrationRepository registrations, ParticipantRepository participants, GroupService groups,
            SignupService signups, ProfessionalDirectory professionals, AuditLog audit,
            nl.groepskracht.base.i18n.ParentLanguages languages, Submissions submissions, Clock clock) {
        this.languages = languages;
        this.registrations = registrations;
        this.participants = participants;
        this.groups = groups;
        this.signups = signups;
        this.professionals = professionals;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The languages a parent can get their e-mails in (tags such as "nl", "tr"). */
    public java.util.List<String> languages() {
        return languages.all().stream().map(java.util.Locale::getLanguage).toList();
    }

    /**
     * Returns whether the parent gets e-mail (false: the facilitator tells them the dates). Once per
     * form submission: a parent with only a phone number has no address the database could keep
     * unique, so a second click of the same form finds the first sign-up instead of taking a second place.
     */
    @Transactional
    public boolean add(long groupId, @Valid PhoneSignup signup) {
        GroupRef group = groups.requireManageableRef(groupId);
        if (!signup.hasEmail() && !signup.hasPhone()) {
            throw new FieldValidationException("phone", "participant.contact.required");
        }
        if (languages.find(signup.getLanguage()).isEmpty()) {
            throw new FieldValidationException("language", "validation.unknown");
        }
        submissions.once(signup.submissionKey(), "phone-signup", () -> signUp(group, signup));
        return signup.hasEmail();
    }

    private long signUp(GroupRef group, PhoneSignup signup) {
        long groupId = group.id();
        String family = UUID.randomUUID().toString();
        if (signup.hasEmail()) {
            byte[] person = EmailAddresses.hash(signup.getEmail());
            if (!registrations.activeFor(groupId, person).isEmpty()) {
                throw new FieldValidationException("email", "participant.email.taken");
            }
            family = registrations.familyKeysOf(person).stream().findFirst().orElse(family);
        }
        var participant = participants.save(new Participant(signup.asForm(), family, clock.instant()));
        var registration = new Registration(groupId, participant, SignupService.CONSENT_VERSION + "-phone",
                clock.instant()).cameThrough(signup.getToeleiding(), null);
        registration.consentRecordedBy(professionals.requireCurrent().name());
        registrations.saveAndFlush(registration);
        if (signups.confirmById(registration.getId()).expired()) {
            throw new FieldValidationException("name", "signup.group.closed");
        }
        audit.record(AuditAction.PARTICIPANT_ADDED, group.id(), registration.getId(), null);
        return registration.getId();
    }
}
