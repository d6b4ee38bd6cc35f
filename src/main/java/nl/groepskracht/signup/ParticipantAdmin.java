package nl.groepskracht.signup;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.group.GroupRef;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.privacy.AuditAction;
import nl.groepskracht.privacy.AuditLog;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The participants of a group, for its facilitators only. Every look at the list and every export
 * is written to the audit log.
 */
@Service
@Validated
@nl.groepskracht.base.AccessRule("the group's facilitators (GroupService.requireManageableRef)")
public class ParticipantAdmin {

    private final RegistrationRepository registrations;
    private final ParticipantRepository participants;
    private final GroupService groups;
    private final SignupService signups;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    ParticipantAdmin(RegistrationRepository registrations, ParticipantRepository participants, GroupService groups,
            SignupService signups, AuditLog audit, MessageSource messages, Clock clock) {
        this.messages = messages;
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
                .map(r -> new RosterEntry(r.getId(), r.getParticipant().getName(), r.getParticipant().getPhone()))
                .sorted(Comparator.comparing(RosterEntry::name, Comparator.nullsLast(String::compareToIgnoreCase)))
                .toList();
    }

    /** Who has a place (ids only, no personal data, so not an audited look at the list). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> confirmedRegistrationIds(long groupId) {
        groups.requireManageableRef(groupId);
        return java.util.Set.copyOf(registrations.confirmedIds(groupId));
    }


    /** Removes a parent from the group (with the facilitator's reason in the audit log); the parent is told. */
    @Transactional
    public void remove(long registrationId, String reason) {
        long groupId = registrations.keyById(registrationId).orElseThrow().getGroupId();
        groups.requireManageableRef(groupId);
        if (reason != null && (reason.length() > 300 || reason.matches("(?s).*[<>].*"))) {
            throw new FieldValidationException("reason", "validation.no-markup");
        }
        signups.remove(registrationId);
        audit.record(AuditAction.PARTICIPANT_REMOVED, groupId, registrationId,
                reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Moves a parent from the waiting list into the group now (one more place if it is full). */
    @Transactional
    public void givePlace(long registrationId) {
        long groupId = registrations.keyById(registrationId).orElseThrow().getGroupId();
        groups.requireManageableRef(groupId);
        signups.givePlaceNow(registrationId);
        audit.record(AuditAction.PARTICIPANT_PROMOTED, groupId, registrationId, null);
    }

    /**
     * The list as a spreadsheet file (semicolons, UTF-8 with BOM, headers and values in the reader's
     * language, local times), for the facilitator's own administration. An export of names: audited.
     */
    @Transactional
    public byte[] exportCsv(long groupId, Locale language) {
        groups.requireManageableRef(groupId);
        audit.record(AuditAction.PARTICIPANTS_EXPORTED, groupId, null);
        var when = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(AppZone.ID);
        List<String> header = Stream.of("participant.name", "participant.email", "participant.phone",
                "signup.language", "signup.children", "signup.children-ages", "participant.status",
                "participant.position", "participant.consent", "participant.consent.by").map(key -> text(key, language))
                .toList();
        List<List<Object>> lines = rows(groupId).stream().map(row -> Arrays.<Object>asList(row.name(), row.email(),
                row.phone(), row.language() == null ? null
                        : nl.groepskracht.base.i18n.ParentLanguages.nameFor(Locale.of(row.language()), language),
                row.childrenCount(), row.childrenAges() == null ? null
                        : text("signup.children-ages." + row.childrenAges().name(), language),
                text("mine.status." + row.status().name(), language),
                row.waitlistPosition() == 0 ? null : row.waitlistPosition(), when.format(row.consentAt()),
                row.consentBy())).toList();
        return SpreadsheetCsv.write(header, lines);
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    private List<ParticipantRow> rows(long groupId) {
        List<Registration> all = registrations.findByGroupIdOrderByCreatedAt(groupId);
        List<Long> waiting = all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparing(Registration::getWaitlistedAt).thenComparing(Registration::getId))
                .map(Registration::getId).toList();
        return all.stream()
                .filter(r -> r.getStatus() != RegistrationStatus.PENDING)
                .map(r -> row(r, waiting))
                .sorted(Comparator.comparing(ParticipantRow::status).thenComparing(ParticipantRow::waitlistPosition))
                .toList();
    }

    private ParticipantRow row(Registration r, List<Long> waiting) {
        Participant p = r.getParticipant();
        int position = waiting.indexOf(r.getId()) + 1;
        return new ParticipantRow(r.getId(), p.getName(), p.getEmail(), p.getPhone(), p.getLanguage(),
                p.getChildrenCount(), p.getChildrenAges(), r.getStatus(), position, r.getConsentAt(), r.getConsentBy());
    }
}
