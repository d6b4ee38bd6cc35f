package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.PeriodChoice;

/** Period (school year by default, quarter, year or custom dates), wijk, theme and organisation. */
class DashboardFilters extends FlexLayout {

    private final Select<PeriodChoice> period = new Select<>();
    private final DatePicker from = new DatePicker(getTranslation("monitoring.from"));
    private final DatePicker to = new DatePicker(getTranslation("monitoring.to"));
    private final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("monitoring.wijk"));
    private final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("monitoring.theme"));
    private final ComboBox<OrganisationItem> organisation = new ComboBox<>(getTranslation("monitoring.organisation"));
    private final LocalDate today;
    /** While the period fills in its dates, the dates' change events are not the adviseur's. */
    private boolean fillingDates;

    DashboardFilters(DirectoryService directory, LocalDate today, Runnable onChange) {
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
        showDates();
        wijk.setId("filter-wijk");
        wijk.setItems(directory.allWijken());
        wijk.setItemLabelGenerator(WijkItem::name);
        theme.setId("filter-theme");
        theme.setItems(directory.allThemes());
        theme.setItemLabelGenerator(ThemeItem::name);
        organisation.setId("filter-organisation");
        organisation.setItems(directory.allOrganisations());
        organisation.setItemLabelGenerator(OrganisationItem::name);
        java.util.List.of(wijk, theme, organisation).forEach(box -> box.setClearButtonVisible(true));
        period.addValueChangeListener(e -> {
            showDates();
            onChange.run();
        });
        from.addValueChangeListener(e -> {
            if (!fillingDates) {
                onChange.run();
            }
        });
        to.addValueChangeListener(e -> {
            if (!fillingDates) {
                onChange.run();
            }
        });
        wijk.addValueChangeListener(e -> onChange.run());
        theme.addValueChangeListener(e -> onChange.run());
        organisation.addValueChangeListener(e -> onChange.run());
        add(period, from, to, wijk, theme, organisation);
    }

    /** The dates of the chosen period; custom dates the adviseur picks (a reversed range is swapped). */
    private void showDates() {
        boolean custom = period.getValue() == PeriodChoice.CUSTOM;
        from.setReadOnly(!custom);
        to.setReadOnly(!custom);
        if (!custom) {
            LocalDate[] range = period.getValue().range(today);
            fillingDates = true;
            from.setValue(range[0]);
            to.setValue(range[1]);
            fillingDates = false;
        }
    }

    MonitoringFilter value() {
        LocalDate first = from.getValue() == null ? period.getValue().range(today)[0] : from.getValue();
        LocalDate last = to.getValue() == null ? period.getValue().range(today)[1] : to.getValue();
        if (last.isBefore(first)) {
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        return new MonitoringFilter(first, last, wijk.getValue() == null ? null : wijk.getValue().id(),
                theme.getValue() == null ? null : theme.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), null);
    }
}
