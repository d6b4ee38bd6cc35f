package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.PeriodChoice;

/**
 * The adviseur's selection for evaluations and the impact report: a period (this school year by default,
 * or dates of one's own) and any number of wijken and themes (none chosen: all).
 */
class ReportFilters extends FlexLayout {

    private final Select<PeriodChoice> period = new Select<>();
    private final DatePicker from = new DatePicker(getTranslation("monitoring.from"));
    private final DatePicker to = new DatePicker(getTranslation("monitoring.to"));
    private final MultiSelectComboBox<WijkItem> wijken = new MultiSelectComboBox<>(getTranslation("report.filter.wijken"));
    private final MultiSelectComboBox<ThemeItem> themes = new MultiSelectComboBox<>(getTranslation("report.filter.themes"));
    private final LocalDate today;

    ReportFilters(DirectoryService directory, LocalDate today, Runnable onChange) {
        this.today = today;
        addClassName("gk-filters");
        setFlexWrap(FlexWrap.WRAP);
        period.setId("filter-period");
        period.setLabel(getTranslation("monitoring.period"));
        period.setItems(PeriodChoice.values());
        period.setItemLabelGenerator(p -> getTranslation("monitoring.period." + p.name()));
        period.setValue(PeriodChoice.SCHOOL_YEAR);
        from.setId("filter-from");
        to.setId("filter-to");
        wijken.setId("filter-wijken");
        wijken.setItems(directory.allWijken());
        wijken.setItemLabelGenerator(WijkItem::name);
        themes.setId("filter-themes");
        themes.setItems(directory.allThemes());
        themes.setItemLabelGenerator(ThemeItem::name);
        fillDates();
        period.addValueChangeListener(e -> {
            fillDates();
            onChange.run();
        });
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        wijken.addValueChangeListener(e -> onChange.run());
        themes.addValueChangeListener(e -> onChange.run());
        add(period, from, to, wijken, themes);
    }

    private void fillDates() {
        boolean custom = period.getValue() == PeriodChoice.CUSTOM;
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        if (!custom) {
            LocalDate[] range = period.getValue().range(today);
            from.setValue(range[0]);
            to.setValue(range[1]);
        }
    }

    /** The selection; an empty or reversed date range falls back to, or is read as, a sensible period. */
    MonitoringFilter value() {
        LocalDate[] range = period.getValue().range(today);
        LocalDate first = from.getValue() == null ? range[0] : from.getValue();
        LocalDate last = to.getValue() == null ? range[1] : to.getValue();
        return (last.isBefore(first) ? MonitoringFilter.period(last, first) : MonitoringFilter.period(first, last))
                .within(ids(wijken.getValue().stream().map(WijkItem::id)), ids(themes.getValue().stream()
                        .map(ThemeItem::id)));
    }

    private static Set<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.collect(Collectors.toSet());
    }
}
