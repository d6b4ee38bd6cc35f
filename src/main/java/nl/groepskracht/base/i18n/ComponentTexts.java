package nl.groepskracht.base.i18n;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The texts Vaadin's components bring along in English — a date picker's months, weekdays, "Today" and
 * "Cancel", the upload field's "Upload File...", and accessible names such as "Toggle navigation panel",
 * "Toggle child items", "Sort by …" and "Show password" — in
 * the UI's language. Applied to the whole UI after every navigation (see {@link UiLocaleInitializer}) and
 * to every {@code EditorDialog} when it opens; a view that adds such a component later calls
 * {@link #apply} itself. Each component is done once per language.
 */
public final class ComponentTexts {

    private static final String DONE = "gk-component-texts";

    private ComponentTexts() {
    }

    /** Translates this component and everything in it into the language of its UI. */
    public static void apply(Component root) {
        apply(root, root.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Languages.DUTCH));
    }

    private static void apply(Component component, Locale locale) {
        if (!locale.equals(ComponentUtil.getData(component, DONE)) && translate(component, locale)) {
            ComponentUtil.setData(component, DONE, locale);
        }
        component.getChildren().forEach(child -> apply(child, locale));
    }

    /** Whether the component is one that brings texts of its own. */
    private static boolean translate(Component component, Locale locale) {
        switch (component) {
            case DatePicker picker -> picker.setI18n(DatePickerTexts.of(picker, locale));
            case TimePicker picker -> picker.setI18n(Optional.ofNullable(picker.getI18n())
                    .orElseGet(TimePicker.TimePickerI18n::new)
                    .setBadInputErrorMessage(picker.getTranslation("i18n.time.bad-input")));
            case PasswordField field -> field.getElement().setPropertyMap("i18n",
                    Map.of("reveal", field.getTranslation("i18n.password.reveal")));
            case DrawerToggle toggle -> toggle.setAriaLabel(toggle.getTranslation("i18n.drawer-toggle"));
            case AppLayout layout -> layout.setI18n(new AppLayout.AppLayoutI18n()
                    .setDrawer(layout.getTranslation("i18n.drawer")));
            case MultiSelectComboBox<?> box -> box.setI18n(Optional.ofNullable(box.getI18n())
                    .orElseGet(MultiSelectComboBoxI18n::new)
                    .setCleared(box.getTranslation("i18n.multi-select.cleared"))
                    .setFocused(box.getTranslation("i18n.multi-select.focused"))
                    .setSelected(box.getTranslation("i18n.multi-select.selected"))
                    .setDeselected(box.getTranslation("i18n.multi-select.deselected"))
                    .setTotal(box.getTranslation("i18n.multi-select.total")));
            case Grid<?> grid -> translateSorterLabels(grid);
            case Upload upload -> upload.setI18n(UploadTexts.of(upload));
            case SideNav nav -> nav.setI18n(new SideNav.SideNavI18n()
                    .setToggle(nav.getTranslation("i18n.side-nav.toggle")));
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Vaadin's grid connector names each sort button "Sort by &lt;column&gt;" in the browser, with no way to
     * set it from Java: the grid rewrites those names as they appear.
     */
    private static void translateSorterLabels(Grid<?> grid) {
        grid.getElement().executeJs("""
                const english = 'Sort by ';
                const translate = () => this.querySelectorAll('vaadin-grid-sorter').forEach(sorter => {
                  const label = sorter.getAttribute('aria-label');
                  if (label && label.startsWith(english)) {
                    const translated = $0.replace('{0}', label.substring(english.length));
                    if (translated !== label) {
                      sorter.setAttribute('aria-label', translated);
                    }
                  }
                });
                translate();
                if (!this.__gkSorterLabels) {
                  this.__gkSorterLabels = new MutationObserver(translate);
                  this.__gkSorterLabels.observe(this, {subtree: true, childList: true, attributes: true,
                      attributeFilter: ['aria-label']});
                }""", grid.getTranslation("i18n.grid.sort-by"));
    }

    /** Month and day names from Java's locale data, Monday first, and the formats typed dates are read in. */
    private static final class DatePickerTexts {

        private DatePickerTexts() {
        }

        static DatePicker.DatePickerI18n of(DatePicker picker, Locale locale) {
            var i18n = Optional.ofNullable(picker.getI18n()).orElseGet(DatePicker.DatePickerI18n::new);
            List<String> formats = Arrays.stream(picker.getTranslation("i18n.date.formats").split(","))
                    .map(String::strip).toList();
            i18n.setMonthNames(Arrays.stream(Month.values())
                            .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                    .setWeekdays(sundayFirst(TextStyle.FULL, locale))
                    .setWeekdaysShort(sundayFirst(TextStyle.SHORT, locale))
                    .setFirstDayOfWeek(1)
                    .setToday(picker.getTranslation("i18n.date.today"))
                    .setCancel(picker.getTranslation("i18n.date.cancel"))
                    .setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
            if (i18n.getBadInputErrorMessage() == null) {
                i18n.setBadInputErrorMessage(picker.getTranslation("i18n.date.bad-input"));
            }
            return i18n;
        }

        /** Vaadin counts the days of the week from Sunday (0). */
        private static List<String> sundayFirst(TextStyle style, Locale locale) {
            return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream()
                    .map(day -> day.getDisplayName(style, locale)).toList();
        }
    }
}
