package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.MonitoringFilter;

/** Period (school year by default, quarter, year or custom dates), wijk, theme and organisation. */
class DashboardFilters extends FlexLayout {

    private final PeriodFields period;
    private final LocalDate today;
    private final ComboBox<WijkItem> wijk = new ComboBox<>(getTranslation("monitoring.wijk"));
    private final ComboBox<ThemeItem> theme = new ComboBox<>(getTranslation("monitoring.theme"));
    private final ComboBox<OrganisationItem> organisation = new ComboBox<>(getTranslation("monitoring.organisation"));
    private boolean quiet;

    DashboardFilters(DirectoryService directory, LocalDate today, Runnable onChange) {
        this.today = today;
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
        List.of(wijk, theme, organisation).forEach(box -> box.setClearButtonVisible(true));
        wijk.addValueChangeListener(e -> changed(onChange));
        theme.addValueChangeListener(e -> changed(onChange));
        organisation.addValueChangeListener(e -> changed(onChange));
        add(period.components());
        add(wijk, theme, organisation);
    }

    /** What the adviseur chose, as it goes into the URL. */
    Selection selection() {
        MonitoringFilter chosen = period.filter();
        return Selection.of(period.choice(), chosen.from(), chosen.to(), today, id(wijk, WijkItem::id),
                id(theme, ThemeItem::id), id(organisation, OrganisationItem::id));
    }

    /** Shows a selection from a link (bookmark, Back, "Terug naar de monitoring"), as one change at most. */
    void show(Selection selection) {
        quiet = true;
        period.show(selection.period(), selection.from(), selection.to());
        select(wijk, selection.wijk(), WijkItem::id);
        select(theme, selection.theme(), ThemeItem::id);
        select(organisation, selection.organisation(), OrganisationItem::id);
        quiet = false;
    }

    private void changed(Runnable onChange) {
        if (!quiet) {
            onChange.run();
        }
    }

    private static <T> void select(ComboBox<T> box, Long id, ToLongFunction<T> idOf) {
        box.setValue(id == null ? null : box.getListDataView().getItems().filter(i -> idOf.applyAsLong(i) == id)
                .findFirst().orElse(null));
    }

    private static <T> Long id(ComboBox<T> box, ToLongFunction<T> idOf) {
        return box.getValue() == null ? null : idOf.applyAsLong(box.getValue());
    }
}
