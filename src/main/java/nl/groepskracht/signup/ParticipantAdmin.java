package nl.groepskracht.signup;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.SecureTokens;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The participants of a group, for its facilitators only. Every look at the list and every export
 * is written to the audit log.
 */
@Service
@Validated
public class ParticipantAdmin {

    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final GroupService groups;
    private final SignupService signups;
    private final AuditLog audit;
    private final Clock clock;

    ParticipantAdmin(RegistrationRepository registrations, ParticipantRepository participants, GroupService groups,
            SignupService signups, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.participants = participants;
        this.groups = groups;
        this.signups = signups;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<ParticipantRow> participants(long groupId) {
        groups.requireManageableRef(groupId);
        audit.record(AuditAction.PARTICIPANTS_VIEWED, groupId, null);
        return rows(groupId);
    }

    /** The parents with a place, for the attendance sheet (a look at names: audited). */
    @Transactional
    public List<RosterEntry> roster(long groupId) {
        groups.requireManageableRef(groupId);
        audit.record(AuditAction.PARTICIPANTS_VIEWED, groupId, "attendance");
        return registrations.findByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED).stream()
                .map(r -> new RosterEntry(r.getId(), r.getParticipant().getName()))
                .sorted(Comparator.comparing(RosterEntry::name, Comparator.nullsLast(String::compareToIgnoreCase)))
                .toList();
    }

    /** Who has a place (ids only, no personal data, so not an audited look at the list). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> confirmedRegistrationIds(long groupId) {
        groups.requireManageableRef(groupId);
        return registrations.findByGroupIdAndStatus(groupId, RegistrationStatus.CONFIRMED).stream()
                .map(Registration::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** Parents who had a place and gave it up (or were removed): the group's drop-outs. */
    @Transactional(readOnly = true)
    public int dropOuts(long groupId) {
        return registrations.countDropOuts(groupId);
    }

    /** A parent signed up by phone: consent recorded as given to the facilitator, a place (or the waiting list) at once. */
    @Transactional
    public void addByHand(long groupId, @Valid SignupForm form) {
        GroupRef group = groups.requireManageableRef(groupId);
        if (!registrations.activeFor(groupId, Participant.normaliseEmail(form.getEmail())).isEmpty()) {
            throw new FieldValidationException("email", "participant.email.taken");
        }
        var participant = participants.save(new Participant(form, SecureTokens.newToken(), clock.instant()));
        var registration = registrations.save(new Registration(groupId, participant, SecureTokens.newToken(),
                SignupService.CONSENT_VERSION + "-phone", clock.instant()));
        registrations.flush();
        if (signups.confirm(registration.getConfirmToken()).orElseThrow().expired()) {
            throw new FieldValidationException("name", "signup.group.closed");
        }
        audit.record(AuditAction.PARTICIPANT_ADDED, group.id(), "registration " + registration.getId());
    }

    /** Removes a parent from the group (with the facilitator's reason in the audit log). */
    @Transactional
    public void remove(long registrationId, String reason) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        groups.requireManageableRef(registration.getGroupId());
        if (reason != null && (reason.length() > 300 || reason.matches("(?s).*[<>].*"))) {
            throw new FieldValidationException("reason", "validation.no-markup");
        }
        signups.cancel(registration.getParticipant().getPersonalToken(), registrationId);
        audit.record(AuditAction.PARTICIPANT_REMOVED, registration.getGroupId(),
                "registration " + registrationId + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
    }

    /** Moves a parent from the waiting list into the group now (one more place if it is full). */
    @Transactional
    public void givePlace(long registrationId) {
        Registration registration = registrations.findById(registrationId).orElseThrow();
        groups.requireManageableRef(registration.getGroupId());
        signups.givePlaceNow(registration);
        audit.record(AuditAction.PARTICIPANT_PROMOTED, registration.getGroupId(), "registration " + registrationId);
    }

    /** The list as CSV (UTF-8, with header), for the facilitator's own administration. */
    @Transactional
    public String exportCsv(long groupId) {
        groups.requireManageableRef(groupId);
        audit.record(AuditAction.PARTICIPANTS_EXPORTED, groupId, null);
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("name", "email", "phone",
                "language", "children", "children_ages", "status", "waitlist_position", "consent_at").get())) {
            for (ParticipantRow row : rows(groupId)) {
                csv.printRecord(row.name(), row.email(), row.phone(), row.language(), row.childrenCount(),
                        row.childrenAges(), row.status(), row.waitlistPosition() == 0 ? "" : row.waitlistPosition(),
                        row.consentAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<ParticipantRow> rows(long groupId) {
        return registrations.findByGroupIdOrderByCreatedAt(groupId).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.PENDING)
                .map(this::row)
                .sorted(Comparator.comparing(ParticipantRow::status).thenComparing(ParticipantRow::waitlistPosition))
                .toList();
    }

    private ParticipantRow row(Registration r) {
        Participant p = r.getParticipant();
        int position = r.getStatus() == RegistrationStatus.WAITLISTED
                ? registrations.waitlistPosition(r.getGroupId(), r.getWaitlistedAt(), r.getId()) : 0;
        return new ParticipantRow(r.getId(), p.getName(), p.getEmail(), p.getPhone(), p.getLanguage(),
                p.getChildrenCount(), p.getChildrenAges(), r.getStatus(), position, r.getConsentAt());
    }
}
