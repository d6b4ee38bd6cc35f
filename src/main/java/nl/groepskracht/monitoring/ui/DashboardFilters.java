package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.MonitoringFilter;

/** Period (school year by default, quarter, year or custom dates), wijk, theme and organisation. */
class DashboardFilters extends FlexLayout {

    private final PeriodFields period;
    private final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("monitoring.wijk"));
    private final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("monitoring.theme"));
    private final ComboBox<OrganisationItem> organisation = new ComboBox<>(getTranslation("monitoring.organisation"));

    DashboardFilters(DirectoryService directory, LocalDate today, Runnable onChange) {
        addClassName("gk-filters");
        setFlexWrap(FlexWrap.WRAP);
        period = new PeriodFields(today, onChange);
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
        wijk.addValueChangeListener(e -> onChange.run());
        theme.addValueChangeListener(e -> onChange.run());
        organisation.addValueChangeListener(e -> onChange.run());
        add(period.components());
        add(wijk, theme, organisation);
    }

    MonitoringFilter value() {
        MonitoringFilter chosen = period.filter();
        return new MonitoringFilter(chosen.from(), chosen.to(), wijk.getValue() == null ? null : wijk.getValue().id(),
                theme.getValue() == null ? null : theme.getValue().id(),
                organisation.getValue() == null ? null : organisation.getValue().id(), null);
    }
}
