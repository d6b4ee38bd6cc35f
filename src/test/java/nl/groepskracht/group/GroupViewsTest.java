package nl.groepskracht.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.Set;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.group.ui.GroupPage;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** The group form, the series and session forms, and who may open a group page. */
class GroupViewsTest extends KaribuTest {

    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;

    Professional fatima;

    @BeforeEach
    void signIn() {
        fatima = loginAs("Fatima", Role.FACILITATOR);
    }

    @Test
    void the_group_form_marks_empty_overlong_and_markup_input_and_saves_nothing() {
        navigate("groepen");
        _click(_get(Button.class, spec -> spec.withId("new-group")));
        save();
        assertThat(field(TextField.class, "group-name").getErrorMessage()).isEqualTo("Vul dit veld in.");
        assertThat(field(ComboBox.class, "group-theme").isInvalid()).isTrue();
        assertThat(field(ComboBox.class, "group-wijk").isInvalid()).isTrue();
        assertThat(field(TextField.class, "group-location").isInvalid()).isTrue();

        field(TextField.class, "group-name").setValue("x".repeat(121));
        save();
        assertThat(field(TextField.class, "group-name").getErrorMessage()).isEqualTo("Dit is te lang: maximaal 120 tekens.");
        field(TextField.class, "group-name").setValue("<script>alert('x')</script>");
        save();
        assertThat(field(TextField.class, "group-name").getErrorMessage()).contains("< of >");
        assertThat(myGroups()).isZero();
    }

    @Test
    void capacity_must_be_a_sensible_number_for_a_group_with_registration() {
        navigate("groepen");
        _click(_get(Button.class, spec -> spec.withId("new-group")));
        fillValidGroup();
        IntegerField capacity = field(IntegerField.class, "group-capacity");
        for (int wrong : new int[] {0, -3, 100000}) {
            capacity.setValue(wrong);
            save();
            assertThat(capacity.getErrorMessage()).isEqualTo("Kies een aantal van 1 tot 200.");
        }
        capacity.clear();
        save();
        assertThat(capacity.getErrorMessage()).isEqualTo("Vul het aantal plaatsen in.");
        assertThat(myGroups()).isZero();

        capacity.setValue(12);
        save();
        _get(GroupPage.class);
        assertThat(myGroups()).isEqualTo(1);
    }

    @Test
    void a_series_in_the_past_or_of_a_thousand_sessions_is_refused_and_a_good_one_is_planned() {
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        navigate("groepen/" + id);
        _click(_get(Button.class, spec -> spec.withId("plan-series")));

        field(DatePicker.class, "series-first-date").setValue(Fixtures.today().minusWeeks(2));
        field(IntegerField.class, "series-count").setValue(1000);
        save();
        assertThat(field(IntegerField.class, "series-count").getErrorMessage()).isEqualTo("Kies een aantal van 1 tot 52.");

        field(IntegerField.class, "series-count").setValue(6);
        save();
        assertThat(field(DatePicker.class, "series-first-date").getErrorMessage()).contains("kan niet");
        assertThat(as(fatima, () -> schedule.sessions(id))).isEmpty();

        field(DatePicker.class, "series-first-date").setValue(Fixtures.today().plusDays(1));
        save();
        assertThat(as(fatima, () -> schedule.sessions(id))).hasSize(6);
        assertThat(_get(Grid.class, spec -> spec.withId("sessions")).getGenericDataView().getItems().count())
                .isEqualTo(6);
    }

    @Test
    void a_session_that_ends_before_it_starts_is_refused_at_the_end_time() {
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        navigate("groepen/" + id);
        _click(_get(Button.class, spec -> spec.withId("add-session")));
        field(DatePicker.class, "session-date").setValue(Fixtures.today().plusDays(5));
        field(TimePicker.class, "session-start").setValue(LocalTime.of(20, 0));
        field(TimePicker.class, "session-end").setValue(LocalTime.of(19, 0));
        save();
        assertThat(field(TimePicker.class, "session-end").getErrorMessage())
                .isEqualTo("De eindtijd moet na de begintijd liggen.");
        assertThat(as(fatima, () -> schedule.sessions(id))).isEmpty();
    }

    @Test
    void a_facilitator_cannot_open_another_facilitators_group_by_url() {
        Professional sanne = accounts.create("Sanne", Role.FACILITATOR);
        long hers = as(sanne, () -> groups.create(Fixtures.group(directory, "overgewicht", Set.of())));
        navigate("groepen/" + hers);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(GroupPage.class)).isEmpty();
        assertThat(_find(H1.class)).noneMatch(h -> h.getText().startsWith("Testgroep"));
    }

    @SuppressWarnings("unchecked")
    private void fillValidGroup() {
        field(TextField.class, "group-name").setValue("Samen ouder blijven");
        ComboBox<ThemeItem> theme = field(ComboBox.class, "group-theme");
        theme.setValue(directory.allThemes().getFirst());
        ComboBox<WijkItem> wijk = field(ComboBox.class, "group-wijk");
        wijk.setValue(directory.allWijken().getFirst());
        Select<AgeRange> ages = field(Select.class, "group-age-range");
        ages.setValue(AgeRange.AGE_4_12);
        field(TextField.class, "group-location").setValue("Buurthuis, Dreef 1, Utrecht");
    }

    private long myGroups() {
        return as(fatima, () -> groups.list(GroupFilter.none(), Pageable.unpaged())).getTotalElements();
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("save")));
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
