package nl.groepskracht.holidays;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Public holidays computed, school holidays kept by the administrator, warnings in the series planner. */
class HolidaysTest extends KaribuTest {

    @Autowired
    HolidayCalendar holidays;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;

    @Test
    void the_dutch_public_holidays_are_computed_for_any_year() {
        assertThat(PublicHolidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PublicHolidays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PublicHolidays.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
        assertThat(PublicHolidays.of(2026)).containsEntry(LocalDate.of(2026, 5, 14), PublicHolidays.Name.HEMELVAARTSDAG)
                .containsEntry(LocalDate.of(2026, 5, 25), PublicHolidays.Name.TWEEDE_PINKSTERDAG)
                .containsEntry(LocalDate.of(2026, 4, 3), PublicHolidays.Name.GOEDE_VRIJDAG)
                .containsEntry(LocalDate.of(2026, 4, 27), PublicHolidays.Name.KONINGSDAG);
        assertThat(PublicHolidays.of(2025)).as("27 April 2025 is a Sunday")
                .containsEntry(LocalDate.of(2025, 4, 26), PublicHolidays.Name.KONINGSDAG);
        assertThat(PublicHolidays.of(2027)).hasSize(11);
    }

    @Test
    void a_school_holiday_must_end_on_or_after_its_first_day_and_only_the_administrator_keeps_them() {
        var draft = draft("Proefvakantie", LocalDate.of(2040, 3, 10), LocalDate.of(2040, 3, 2));
        assertThatThrownBy(() -> WithRole.as(Roles.ADMIN, () -> holidays.save(null, draft)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        var good = draft("Proefvakantie", LocalDate.of(2040, 3, 2), LocalDate.of(2040, 3, 10));
        assertThatThrownBy(() -> as(fatima, () -> holidays.save(null, good)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_series_planner_points_out_christmas_and_a_school_holiday_and_they_can_still_be_planned() {
        int year = Fixtures.today().getYear() + 1;
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate firstFriday = christmas.minusWeeks(2);
        WithRole.as(Roles.ADMIN, () -> holidays.save(null, draft("Kerstvakantie", christmas.minusDays(7),
                christmas.plusDays(9))));
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));

        navigate("groepen/" + id);
        _click(_get(Button.class, spec -> spec.withId("plan-series")));
        _get(DatePicker.class, spec -> spec.withId("series-first-date")).setValue(firstFriday);
        _get(Select.class, spec -> spec.withId("series-weekday")).setValue(firstFriday.getDayOfWeek());
        _get(IntegerField.class, spec -> spec.withId("series-count")).setValue(4);
        _click(_get(Button.class, spec -> spec.withId("series-preview")));
        var lines = _get(Div.class, spec -> spec.withId("series-preview-list")).getChildren()
                .map(line -> line.getElement().getTextRecursively()).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).doesNotContain("vakantie", "feestdag");
        assertThat(lines.get(1)).contains("Kerstvakantie (schoolvakantie)");
        assertThat(lines.get(2)).contains("Eerste Kerstdag (feestdag)");
        assertThat(lines.get(3)).contains("Nieuwjaarsdag (feestdag)");

        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(as(fatima, () -> schedule.sessions(id))).as("a warning, not a refusal").hasSize(4);
    }

    @Test
    void the_administrator_adds_a_school_holiday_in_the_list() {
        loginAs("Beheer", Role.ADMIN);
        navigate("schoolvakanties");
        _click(_get(Button.class, spec -> spec.withId("new-holiday")));
        _get(TextField.class, spec -> spec.withId("holiday-name")).setValue("Zomervakantie");
        _get(DatePicker.class, spec -> spec.withId("holiday-starts")).setValue(LocalDate.of(2041, 7, 13));
        _get(DatePicker.class, spec -> spec.withId("holiday-ends")).setValue(LocalDate.of(2041, 8, 25));
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_find(Button.class, spec -> spec.withId("save"))).as("dialog closed").isEmpty();
        assertThat(holidays.notes(java.util.List.of(LocalDate.of(2041, 8, 1))).get(LocalDate.of(2041, 8, 1)))
                .isEqualTo(new DayNote(DayNote.Kind.SCHOOL_HOLIDAY, null, "Zomervakantie"));
        @SuppressWarnings("unchecked")
        Grid<Object> list = _get(Grid.class, spec -> spec.withId("school-holidays"));
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(list))
                .mapToObj(row -> String.join(" | ", GridKt._getFormattedRow(list, row))))
                .as("the new holiday is a row of the list").anySatisfy(row -> assertThat(row)
                        .contains("Zomervakantie", "13 jul 2041", "25 aug 2041"));
    }

    private static SchoolHolidayDraft draft(String name, LocalDate from, LocalDate to) {
        var draft = new SchoolHolidayDraft();
        draft.setName(name);
        draft.setRegion(SchoolRegion.MIDDEN);
        draft.setStartsOn(from);
        draft.setEndsOn(to);
        return draft;
    }
}
