package nl.groepskracht.group;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class GroupServiceTest {

    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    java.time.Clock clock;

    Professional fatima;
    Professional sanne;
    Professional adviseur;

    @BeforeEach
    void people() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        sanne = accounts.create("Sanne", Role.FACILITATOR);
        adviseur = accounts.create("Joost", Role.ADVISEUR);
    }

    @Test
    void a_facilitator_sees_only_the_groups_they_facilitate_and_the_adviseur_sees_all() {
        long mine = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        long hers = as(sanne, () -> groups.create(Fixtures.group(directory, "overgewicht", Set.of())));

        assertThat(as(fatima, () -> groups.list(GroupFilter.none(), Pageable.unpaged())).getContent())
                .extracting(GroupSummary::id).contains(mine).doesNotContain(hers);
        assertThat(as(adviseur, () -> groups.list(GroupFilter.none(), Pageable.unpaged())).getContent())
                .extracting(GroupSummary::id).contains(mine, hers);
        assertThatThrownBy(() -> as(fatima, () -> groups.get(hers))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(adviseur, () -> groups.get(hers)).manageable()).isFalse();
    }

    @Test
    void the_creator_is_always_a_facilitator_and_co_facilitators_share_the_group() {
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of(sanne.id()))));
        GroupDetails group = as(sanne, () -> groups.get(id));
        assertThat(group.facilitatorIds()).containsExactlyInAnyOrder(fatima.id(), sanne.id());
        assertThat(group.manageable()).isTrue();
        assertThat(group.status()).isEqualTo(GroupStatus.DRAFT);
    }

    @Test
    void a_group_opens_only_with_a_planned_session_ahead_and_closing_cancels_what_is_to_come() {
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        assertThatThrownBy(() -> as(fatima, () -> groups.open(id)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.open.needs-session"));

        as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
        as(fatima, () -> groups.open(id));
        as(fatima, () -> groups.start(id));
        java.time.Instant before = clock.instant();
        as(fatima, () -> groups.close(id));
        GroupDetails closed = as(fatima, () -> groups.get(id));
        assertThat(closed.status()).isEqualTo(GroupStatus.CLOSED);
        assertThat(closed.closedAt()).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                clock.instant());
        assertThat(closed.reopenableUntil()).as("its facilitators may reopen it for 30 days")
                .isEqualTo(closed.closedAt().plus(java.time.Duration.ofDays(30)));
        assertThat(as(fatima, () -> schedule.sessions(id))).hasSize(2)
                .allSatisfy(s -> assertThat(s.isCancelled()).as("coming sessions do not take place").isTrue());
    }

    @Test
    void registration_needs_a_capacity_and_walk_in_has_none() {
        var draft = Fixtures.group(directory, "overgewicht", Set.of());
        draft.setCapacity(null);
        assertThatThrownBy(() -> as(fatima, () -> groups.create(draft)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("capacity"));

        var walkIn = Fixtures.group(directory, "spelinloop", Set.of());
        walkIn.setSignupMode(SignupMode.WALK_IN);
        long id = as(fatima, () -> groups.create(walkIn));
        assertThat(as(fatima, () -> groups.get(id)).capacity()).isNull();
    }

    @Test
    void only_a_facilitator_of_the_group_may_change_it() {
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        var change = Fixtures.group(directory, "echtscheiding", Set.of(sanne.id()));
        assertThatThrownBy(() -> as(sanne, () -> groups.update(id, change)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(adviseur, () -> groups.update(id, change)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_list_filters_by_theme_status_and_period() {
        long planned = as(fatima, () -> groups.create(Fixtures.group(directory, "schoolverzuim", Set.of())));
        as(fatima, () -> schedule.addSeries(planned, Fixtures.weekly(Fixtures.today().plusDays(10), 3)));
        long themeId = directory.allThemes().stream().filter(t -> t.code().equals("schoolverzuim")).findFirst()
                .orElseThrow().id();

        var inPeriod = new GroupFilter(null, themeId, GroupStatus.DRAFT, Fixtures.today().plusDays(11),
                Fixtures.today().plusDays(12));
        var before = new GroupFilter(null, themeId, null, Fixtures.today(), Fixtures.today().plusDays(5));
        assertThat(as(fatima, () -> groups.list(inPeriod, Pageable.unpaged())).getContent())
                .extracting(GroupSummary::id).contains(planned);
        assertThat(as(fatima, () -> groups.list(before, Pageable.unpaged())).getContent())
                .extracting(GroupSummary::id).doesNotContain(planned);
    }
}
