package nl.groepskracht.signup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.calendar.SessionReminders;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.privacy.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A parent's own data behind their personal link — all sign-ups of their address, whichever link
 * was used: download everything, or delete it. Deleting signs them off everywhere (places move to
 * the waiting list as with any cancellation; a calendar cancellation goes out and is then forgotten
 * by the outbox), removes name, address, phone and children, every link, every mail to them, the
 * trace of their reminders and any free text about them in the audit log. What stays is anonymous:
 * counts for monitoring.
 */
@Service
@nl.groepskracht.base.AccessRule("anyone holding the parent's personal link (its secret token)")
public class ParentDataService {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private final SignupService signups;
    private final PersonalPage page;
    private final SignupLinks links;
    private final GroupService groups;
    private final AttendanceHistory attendance;
    private final MailOutbox outbox;
    private final SessionReminders reminders;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ParentDataService(SignupService signups, PersonalPage page, SignupLinks links, GroupService groups, AttendanceHistory attendance,
            MailOutbox outbox, SessionReminders reminders, AuditLog audit, MessageSource messages, Clock clock) {
        this.signups = signups;
        this.page = page;
        this.links = links;
        this.groups = groups;
        this.attendance = attendance;
        this.outbox = outbox;
        this.reminders = reminders;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ParentData> export(String personalToken, Locale language) {
        List<Registration> mine = page.person(personalToken);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ParentData(local(clock.instant()), mine.stream().map(r -> signUp(r, language))
                .toList()));
    }

    @Transactional
    public boolean delete(String personalToken) {
        List<Registration> mine = page.person(personalToken);
        if (mine.isEmpty()) {
            return false;
        }
        List<Long> ids = mine.stream().map(Registration::getId).toList();
        for (Registration registration : mine) {
            if (registration.getStatus() != RegistrationStatus.CANCELLED) {
                signups.leave(registration.getId(), Leaving.DATA_DELETED);
            }
        }
        mine.stream().map(r -> r.getParticipant().getEmail()).filter(Objects::nonNull).distinct().forEach(address -> {
            outbox.forgetRecipient(address);
            reminders.forgetRecipient(address);
        });
        links.deleteFor(ids);
        audit.forgetDetails(ids);
        for (Registration registration : mine) {
            registration.getParticipant().anonymise(clock.instant());
            registration.forgetPerson();
        }
        return true;
    }

    private ParentData.SignUp signUp(Registration r, Locale language) {
        Participant p = r.getParticipant();
        var details = new ParentData.GivenDetails(p.getName(), p.getEmail(), p.getPhone(),
                p.getLanguage() == null ? null : new ParentData.Coded(p.getLanguage(),
                        nl.groepskracht.base.i18n.ParentLanguages.nameFor(Locale.of(p.getLanguage()), language)),
                p.getChildrenCount(),
                p.getChildrenAges() == null ? null : coded(p.getChildrenAges().name(),
                        "signup.children-ages." + p.getChildrenAges().name(), language));
        var consent = new ParentData.Consent(r.getConsentVersion(), local(r.getConsentAt()),
                text(r.getConsentVersion().endsWith("-phone") ? "export.consent.phone" : "export.consent.form",
                        language));
        List<ParentData.Session> sessions = attendance.of(r.getId()).stream()
                .map(line -> new ParentData.Session(local(line.sessionStart()),
                        coded(line.status(), "attendance.status." + line.status(), language))).toList();
        return new ParentData.SignUp(groups.ref(r.getGroupId()).name(),
                coded(r.getStatus().name(), "mine.status." + r.getStatus().name(), language),
                local(r.getCreatedAt()), local(r.getConfirmedAt()), local(r.getCancelledAt()), consent, details,
                sessions);
    }

    private ParentData.Coded coded(String code, String key, Locale language) {
        return code == null ? null : new ParentData.Coded(code, text(key, language));
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    private static String local(Instant instant) {
        return instant == null ? null : LOCAL.format(instant.atZone(AppZone.ID));
    }

    private static String local(ZonedDateTime time) {
        return LOCAL.format(time.withZoneSameInstant(AppZone.ID));
    }
}
