package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.ui.PeriodFields;

/**
 * The adviseur's selection for evaluations and the impact report: a period (this school year by default,
 * or dates of one's own) and any number of wijken and themes (none chosen: all).
 */
class ReportFilters extends FlexLayout {

    private final PeriodFields period;
    private final MultiSelectComboBox<WijkItem> wijken = new MultiSelectComboBox<>(getTranslation("report.filter.wijken"));
    private final MultiSelectComboBox<ThemeItem> themes = new MultiSelectComboBox<>(getTranslation("report.filter.themes"));

    ReportFilters(DirectoryService directory, LocalDate today, Runnable onChange) {
        addClassName("gk-filters");
        setFlexWrap(FlexWrap.WRAP);
        period = new PeriodFields(today, onChange);
        wijken.setId("filter-wijken");
        wijken.setItems(directory.allWijken());
        wijken.setItemLabelGenerator(WijkItem::name);
        themes.setId("filter-themes");
        themes.setItems(directory.allThemes());
        themes.setItemLabelGenerator(ThemeItem::name);
        wijken.addValueChangeListener(e -> onChange.run());
        themes.addValueChangeListener(e -> onChange.run());
        add(period.components());
        add(wijken, themes);
    }

    /** The selection: the period, and the wijken and themes chosen (none: all). */
    MonitoringFilter value() {
        return period.filter().within(ids(wijken.getValue().stream().map(WijkItem::id)),
                ids(themes.getValue().stream().map(ThemeItem::id)));
    }

    private static Set<Long> ids(java.util.stream.Stream<Long> ids) {
        return ids.collect(Collectors.toSet());
    }
}
