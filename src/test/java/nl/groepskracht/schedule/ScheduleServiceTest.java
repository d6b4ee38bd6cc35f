package nl.groepskracht.schedule;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ScheduleServiceTest {

    @Autowired
    ScheduleService schedule;
    @Autowired
    GroupService groups;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;

    Professional fatima;
    long groupId;
    LocalDate nextMonday = Fixtures.today().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);

    @BeforeEach
    void group() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
    }

    @Test
    void a_weekly_series_skips_the_given_dates_and_still_has_the_requested_number() {
        var series = Fixtures.weekly(nextMonday, 4);
        series.setSkipDates(Set.of(nextMonday.plusWeeks(1)));
        as(fatima, () -> schedule.addSeries(groupId, series));

        List<LocalDate> dates = as(fatima, () -> schedule.sessions(groupId)).stream()
                .map(s -> s.start().toLocalDate()).toList();
        assertThat(dates).containsExactly(nextMonday, nextMonday.plusWeeks(2), nextMonday.plusWeeks(3),
                nextMonday.plusWeeks(4));
        assertThat(as(fatima, () -> schedule.sessions(groupId))).allSatisfy(s -> {
            assertThat(s.start().toLocalTime()).isEqualTo(LocalTime.of(19, 0));
            assertThat(s.start().getZone().getId()).isEqualTo("Europe/Amsterdam");
            assertThat(s.sequence()).isZero();
        });
    }

    @Test
    void the_preview_saves_nothing_and_names_the_dates_that_clash() {
        as(fatima, () -> schedule.addSession(groupId, Fixtures.session(nextMonday.plusWeeks(1), LocalTime.of(19, 30),
                LocalTime.of(20, 0))));
        List<PlannedDate> preview = as(fatima, () -> schedule.preview(groupId, Fixtures.weekly(nextMonday, 3)));
        assertThat(preview).extracting(PlannedDate::problemKey).containsExactly(null, "session.overlap", null);
        assertThat(as(fatima, () -> schedule.sessions(groupId))).hasSize(1);

        assertThatThrownBy(() -> as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(nextMonday, 3))))
                .isInstanceOf(FieldValidationException.class);
        assertThat(as(fatima, () -> schedule.sessions(groupId))).hasSize(1);
    }

    @Test
    void impossible_sessions_are_refused_at_the_field_to_change() {
        assertRefused(Fixtures.session(nextMonday, LocalTime.of(20, 0), LocalTime.of(19, 0)), "endTime",
                "session.end-before-start");
        assertRefused(Fixtures.session(nextMonday, LocalTime.of(20, 0), LocalTime.of(20, 0)), "endTime",
                "session.end-before-start");
        assertRefused(Fixtures.session(Fixtures.today().minusDays(1), LocalTime.of(19, 0), LocalTime.of(20, 0)),
                "date", "session.in-past");
        assertRefused(Fixtures.session(Fixtures.today().plusYears(2).plusDays(2), LocalTime.of(19, 0),
                LocalTime.of(20, 0)), "date", "session.too-far");
        as(fatima, () -> schedule.addSession(groupId, Fixtures.session(nextMonday, LocalTime.of(19, 0),
                LocalTime.of(20, 30))));
        assertRefused(Fixtures.session(nextMonday, LocalTime.of(20, 0), LocalTime.of(21, 0)), "startTime",
                "session.overlap");
        assertThat(as(fatima, () -> schedule.sessions(groupId))).hasSize(1);
    }

    @Test
    void a_series_of_a_thousand_sessions_is_refused() {
        assertThatThrownBy(() -> as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(nextMonday, 1000))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(as(fatima, () -> schedule.sessions(groupId))).isEmpty();
    }

    @Test
    void a_change_raises_the_sequence_and_keeps_the_uid_and_a_cancelled_session_stays_visible() {
        long id = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(nextMonday, LocalTime.of(19, 0),
                LocalTime.of(20, 0))));
        SessionInfo before = schedule.session(id);
        as(fatima, () -> schedule.update(id, Fixtures.session(nextMonday, LocalTime.of(19, 30), LocalTime.of(21, 0))));
        SessionInfo changed = schedule.session(id);
        assertThat(changed.uid()).isEqualTo(before.uid());
        assertThat(changed.sequence()).isEqualTo(1);
        assertThat(changed.start().toLocalTime()).isEqualTo(LocalTime.of(19, 30));

        as(fatima, () -> schedule.cancel(id, "Zieke begeleider"));
        SessionInfo cancelled = schedule.session(id);
        assertThat(cancelled.sequence()).isEqualTo(2);
        assertThat(cancelled.isCancelled()).isTrue();
        assertThatThrownBy(() -> as(fatima, () -> schedule.cancel(id, null)))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void another_facilitator_cannot_plan_in_this_group() {
        Professional other = accounts.create("Ander", Role.FACILITATOR);
        assertThatThrownBy(() -> as(other, () -> schedule.addSession(groupId, Fixtures.session(nextMonday,
                LocalTime.of(19, 0), LocalTime.of(20, 0))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other, () -> schedule.sessions(groupId))).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(SessionDraft draft, String field, String key) {
        assertThatThrownBy(() -> as(fatima, () -> schedule.addSession(groupId, draft)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }
}
