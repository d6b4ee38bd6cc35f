package nl.groepskracht.privacy;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.WithRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The privacy officer's questions: what did this person do (or what was done to their account), what
 * happened in this group, who did this, in this period — each answered by a filter, and exported as CSV.
 * Two groups with one name read apart (wijk and first day).
 */
@SmtpAndClockTest
class AuditLogFilterTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    AuditLog audit;
    @Autowired
    AuditExport export;
    @Autowired
    AuditSentences sentences;
    @Autowired
    Accounts accounts;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    MutableClock clock;

    Professional fatima;
    Professional sanne;
    long overvecht;
    long elsewhere;
    String name;
    LocalDate firstDay;

    @BeforeEach
    void twoGroupsOfOneNameAndThreeDaysOfWork() {
        fatima = accounts.create("Fatima El Amrani", Role.FACILITATOR);
        sanne = accounts.create("Sanne de Vries", Role.FACILITATOR);
        name = "Samen sterk " + System.nanoTime();
        overvecht = group(fatima, 0);
        elsewhere = group(sanne, 1);
        firstDay = LocalDate.now(clock.withZone(AppZone.ID)).plusDays(7);
        as(fatima, () -> schedule.addSession(overvecht, Fixtures.session(firstDay, LocalTime.of(19, 0),
                LocalTime.of(20, 30))));
        as(fatima, () -> audit.record(AuditAction.PARTICIPANTS_VIEWED, overvecht, null));
        clock.advance(Duration.ofDays(1));
        as(sanne, () -> audit.record(AuditAction.PARTICIPANTS_VIEWED, elsewhere, null));
        as(fatima, () -> audit.record(AuditAction.PARTICIPANTS_EXPORTED, overvecht, null));
        clock.advance(Duration.ofDays(1));
        as(sanne, () -> audit.record(AuditAction.PARTICIPANT_REMOVED, elsewhere, 42L, "Verhuisd"));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void two_groups_of_one_name_read_apart_by_wijk_and_first_day() {
        String wijk0 = directory.allWijken().get(0).name();
        String wijk1 = directory.allWijken().get(1).name();
        String day = firstDay.format(DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(DUTCH));
        assertThat(sentences(query(null, overvecht, Set.of()))).containsExactly(
                "Fatima El Amrani heeft de deelnemerslijst van " + name + " (" + wijk0 + ", vanaf " + day
                        + ") ge\u00ebxporteerd",
                "Fatima El Amrani heeft de deelnemerslijst van " + name + " (" + wijk0 + ", vanaf " + day + ") bekeken");
        assertThat(sentences(query(null, elsewhere, Set.of()))).containsExactly(
                "Sanne de Vries heeft een ouder uit " + name + " (" + wijk1 + ", nog niet gepland) verwijderd",
                "Sanne de Vries heeft de deelnemerslijst van " + name + " (" + wijk1 + ", nog niet gepland) bekeken");
        assertThat(WithRole.as(Roles.ADMIN, () -> audit.groups(name, 0, 10))).extracting(AuditNames.GroupLabel::id)
                .containsExactlyInAnyOrder(overvecht, elsewhere);
    }

    @Test
    void a_person_an_action_and_a_period_each_narrow_the_log() {
        assertThat(entries(new AuditQuery(sanne.id(), null, Set.of(), null, null)))
                .extracting(AuditEntry::action, AuditEntry::groupId)
                .as("what she did, and what was done to her account").containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PARTICIPANT_REMOVED, elsewhere),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PARTICIPANTS_VIEWED, elsewhere),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_CREATED, null));
        assertThat(entries(query(null, overvecht, Set.of(AuditAction.PARTICIPANTS_EXPORTED))))
                .extracting(AuditEntry::actorName).containsExactly("Fatima El Amrani");
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        assertThat(entries(new AuditQuery(null, null, Set.of(), today.minusDays(1), today.minusDays(1))).stream()
                .filter(e -> e.groupId() != null && Set.of(overvecht, elsewhere).contains(e.groupId())))
                .as("the middle day only").extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.PARTICIPANTS_VIEWED, AuditAction.PARTICIPANTS_EXPORTED);
        assertThat(entries(new AuditQuery(fatima.id(), null, Set.of(AuditAction.PARTICIPANTS_VIEWED), today, today)))
                .as("all together").isEmpty();
    }

    @Test
    void the_export_holds_the_selected_lines_in_order_and_is_itself_in_the_log() throws Exception {
        byte[] file = WithRole.as(Roles.ADMIN, () -> export.csv(new AuditQuery(null, elsewhere, Set.of(), null, null),
                DUTCH));

        String text = new String(file, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text))
                .getRecords();
        assertThat(rows.getFirst().values()).containsExactly("Tijdstip", "Wie", "Inlognaam", "Actie",
                "Wat er gebeurde", "Groep", "Groep-id", "Account", "Account-id", "Aanmelding-id", "Toelichting");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(1)).isEqualTo("Sanne de Vries");
        assertThat(rows.get(1).get(2)).isEqualTo(sanne.email());
        assertThat(rows.get(1).get(3)).isEqualTo("PARTICIPANTS_VIEWED");
        assertThat(rows.get(2).get(3)).isEqualTo("PARTICIPANT_REMOVED");
        assertThat(rows.get(2).get(6)).isEqualTo(String.valueOf(elsewhere));
        assertThat(rows.get(2).get(9)).isEqualTo("42");
        assertThat(rows.get(2).get(10)).isEqualTo("Verhuisd");
        assertThat(rows.get(1).get(0)).as("oldest first, to the second").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d")
                .isLessThan(rows.get(2).get(0));

        List<AuditEntry> exported = entries(query(null, null, Set.of(AuditAction.AUDIT_LOG_EXPORTED)));
        assertThat(exported.getFirst().actor()).isEqualTo("admin@test.example");
        assertThat(sentences.note(exported.getFirst(), DUTCH)).isEqualTo("2 regels");
    }

    @Test
    void only_the_administrator_reads_or_exports_the_log() {
        assertThatThrownBy(() -> WithRole.as(Roles.ADVISEUR, () -> audit.list(AuditQuery.ALL, PageRequest.of(0, 5))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(fatima, () -> export.csv(AuditQuery.ALL, DUTCH)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> new AuditQuery(null, null, Set.of(), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long group(Professional who, int wijk) {
        var draft = Fixtures.group(directory, "echtscheiding", Set.of());
        draft.setName(name);
        draft.setWijkId(directory.allWijken().get(wijk).id());
        return as(who, () -> groups.create(draft));
    }

    private static AuditQuery query(Long person, Long group, Set<AuditAction> actions) {
        return new AuditQuery(person, group, actions, null, null);
    }

    private List<AuditEntry> entries(AuditQuery query) {
        return WithRole.as(Roles.ADMIN, () -> audit.list(query, PageRequest.of(0, 50,
                Sort.by(Sort.Direction.DESC, "at", "id")))).getContent();
    }

    private List<String> sentences(AuditQuery query) {
        return entries(query).stream().map(e -> sentences.what(e, DUTCH)).toList();
    }
}
