package nl.groepskracht.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.UiLanguage;
import org.junit.jupiter.api.Test;

/** Vaadin's own component texts in Dutch (and English with British dates), wherever the component appears. */
class ComponentTextsTest extends KaribuTest {

    @Test
    void a_date_picker_speaks_dutch_and_its_week_starts_on_monday() {
        loginAs("Fatima", Role.FACILITATOR);
        navigate("groepen");
        List<DatePicker> inTheView = _find(DatePicker.class);
        DatePicker inADialog = pickerInADialog();

        assertThat(inTheView).as("the group list filters by period").isNotEmpty()
                .allSatisfy(ComponentTextsTest::dutch);
        dutch(inADialog);
        assertThat(_get(DrawerToggle.class).getAriaLabel()).hasValue("Menu openen of sluiten");
        navigate("wachtwoord");
        assertThat(String.valueOf(_get(PasswordField.class, spec -> spec.withId("new-password")).getElement()
                .getPropertyRaw("i18n"))).contains("Wachtwoord tonen");
    }

    @Test
    void in_english_dates_are_day_month_year_and_times_have_24_hours() {
        loginAs("Fatima", Role.FACILITATOR);
        navigate("groepen");
        UiLanguage.switchTo("en");
        navigate("groepen");
        DatePicker picker = pickerInADialog();

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.UK);
        var i18n = picker.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January", "February");
        assertThat(i18n.getDateFormats().getFirst()).isEqualTo("dd/MM/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(_get(DrawerToggle.class).getAriaLabel()).hasValue("Open or close the menu");
        assertThat(nl.groepskracht.base.i18n.Dates.moment(UI.getCurrent().getLocale())
                .format(LocalDateTime.of(2026, 9, 25, 19, 30)))
                .as("how the portal's views write a moment").isEqualTo("25 Sep 2026, 19:30:00");
    }

    private static void dutch(DatePicker picker) {
        var i18n = picker.getI18n();
        assertThat(i18n).as("translated").isNotNull();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("januari", "februari", "maart");
        assertThat(i18n.getWeekdays()).as("from Sunday, as Vaadin counts").startsWith("zondag", "maandag");
        assertThat(i18n.getWeekdaysShort()).startsWith("zo", "ma");
        assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Vandaag");
        assertThat(i18n.getCancel()).isEqualTo("Annuleren");
        assertThat(i18n.getDateFormats()).startsWith("d-M-yyyy");
    }

    /** A date picker in an editor dialog, opened after the view was shown. */
    private static DatePicker pickerInADialog() {
        var picker = new DatePicker();
        new EditorDialog<>("", picker, new Binder<>(), new Object(), bean -> { }, () -> { }).open();
        return picker;
    }
}
