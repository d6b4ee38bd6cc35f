package nl.groepskracht.base;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.KnowledgeComments;
import nl.groepskracht.knowledge.KnowledgeDraft;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.monitoring.DemandSignalDraft;
import nl.groepskracht.monitoring.DemandSignals;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SeriesDraft;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.PhoneSignup;
import nl.groepskracht.signup.PhoneSignups;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The services behind the "Opslaan" buttons create once per form submission: the same form (its bean
 * and key) sent twice — a double click that got through, a request the browser sent again, two at the
 * very same moment — makes one record, and the second call gets the first one's result.
 */
@SpringBootTest
class OncePerSubmissionTest {

    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    PhoneSignups phoneSignups;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeComments comments;
    @Autowired
    DemandSignals signals;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    Professional fatima;

    @BeforeEach
    void facilitator() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
    }

    @Test
    void the_same_group_form_sent_twice_makes_one_group() {
        GroupDraft form = Fixtures.group(directory, "echtscheiding", Set.of());
        long first = as(fatima, () -> groups.create(form));
        long second = as(fatima, () -> groups.create(form));
        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM parent_group WHERE name = ?", form.getName())).isEqualTo(1);
        // another form with the same contents is another group (two groups of that name are allowed)
        GroupDraft again = Fixtures.group(directory, "echtscheiding", Set.of());
        again.setName(form.getName());
        assertThat(as(fatima, () -> groups.create(again))).isNotEqualTo(first);
    }

    @Test
    void the_same_group_form_sent_twice_at_the_same_moment_makes_one_group() throws Exception {
        GroupDraft form = Fixtures.group(directory, "echtscheiding", Set.of());
        var barrier = new CyclicBarrier(2);
        List<CompletableFuture<Long>> both = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return as(fatima, () -> groups.create(form));
        })).toList();
        assertThat(both.get(0).get()).isEqualTo(both.get(1).get());
        assertThat(count("SELECT COUNT(*) FROM parent_group WHERE name = ?", form.getName())).isEqualTo(1);
    }

    @Test
    void a_parent_with_only_a_phone_number_sent_twice_takes_one_place() {
        long group = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        as(fatima, () -> schedule.addSession(group, Fixtures.session(today().plusDays(5),
                LocalTime.of(19, 0), LocalTime.of(20, 30))));
        as(fatima, () -> groups.open(group));
        PhoneSignup form = PhoneSignup.of("Yasmina Tahiri", null, "06 1111 2222");
        as(fatima, () -> phoneSignups.add(group, form));
        as(fatima, () -> phoneSignups.add(group, form));
        assertThat(as(fatima, () -> participants.participants(group))).hasSize(1);
    }

    @Test
    void a_series_sent_twice_is_planned_once_and_the_second_time_says_nothing_is_new() {
        long group = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        SeriesDraft form = Fixtures.weekly(today().plusDays(7), 4);
        assertThat(as(fatima, () -> schedule.addSeries(group, form))).hasSize(4);
        assertThat(as(fatima, () -> schedule.addSeries(group, form))).isEmpty();
        assertThat(as(fatima, () -> schedule.sessions(group))).hasSize(4);
    }

    @Test
    void a_knowledge_item_a_comment_and_a_signal_sent_twice_are_made_once() {
        KnowledgeDraft item = new KnowledgeDraft();
        item.setTitle("Eén keer " + System.nanoTime());
        item.setSummary("Een werkvorm.");
        item.setBody("## Waarvoor\n\nOefenen met nee zeggen.");
        item.setKind(KnowledgeKind.MATERIAAL);
        item.setThemeId(directory.allThemes().getFirst().id());
        long id = as(fatima, () -> knowledge.create(item));
        assertThat(as(fatima, () -> knowledge.create(item))).isEqualTo(id);
        assertThat(count("SELECT COUNT(*) FROM knowledge_item WHERE title = ?", item.getTitle())).isEqualTo(1);

        SubmissionKey comment = SubmissionKey.fresh();
        as(fatima, () -> comments.add(id, "Hoe lang duurt het?", comment));
        as(fatima, () -> comments.add(id, "Hoe lang duurt het?", comment));
        assertThat(as(fatima, () -> comments.comments(id))).hasSize(1);

        DemandSignalDraft signal = new DemandSignalDraft();
        signal.setThemeId(directory.allThemes().getFirst().id());
        signal.setWijkId(directory.allWijken().getFirst().id());
        signal.setOrganisationId(directory.allOrganisations().getFirst().id());
        signal.setFamilies(4);
        signal.setNoticedOn(today().minusDays(1));
        signal.setNote("Eén keer " + System.nanoTime());
        long first = as(fatima, () -> signals.save(null, signal));
        assertThat(as(fatima, () -> signals.save(null, signal))).isEqualTo(first);
        assertThat(count("SELECT COUNT(*) FROM monitoring_demand_signal WHERE note = ?", signal.getNote()))
                .isEqualTo(1);
    }

    @Test
    void a_refused_form_leaves_no_key_behind_so_the_corrected_form_is_saved() {
        long group = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        LocalDate first = today().plusDays(7);
        as(fatima, () -> schedule.addSession(group, Fixtures.session(first.plusWeeks(1), LocalTime.of(10, 0),
                LocalTime.of(11, 0))));
        SeriesDraft form = Fixtures.weekly(first, 3);
        // its second date clashes with the session planned before: refused, nothing planned
        assertThatThrownBy(() -> as(fatima, () -> schedule.addSeries(group, form)))
                .isInstanceOf(FieldValidationException.class);
        assertThat(as(fatima, () -> schedule.sessions(group))).hasSize(1);
        form.getSkipDates().add(first.plusWeeks(1));
        assertThat(as(fatima, () -> schedule.addSeries(group, form))).hasSize(3);
        assertThat(as(fatima, () -> schedule.sessions(group))).hasSize(4);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AppZone.ID));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
