package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.CsvLink;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.monitoring.MonitoringExports;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;
import nl.groepskracht.monitoring.PeriodChoice;

/** Drill-down: the groups of one wijk in the period with their figures (aggregates, no names of parents). */
@Route("monitoring/wijk/:wijkId")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class WijkMonitoringView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final MonitoringService monitoring;
    private final MonitoringExports exports;
    private final DirectoryService directory;
    private final Clock clock;

    WijkMonitoringView(MonitoringService monitoring, MonitoringExports exports, DirectoryService directory,
            Clock clock) {
        this.monitoring = monitoring;
        this.exports = exports;
        this.directory = directory;
        this.clock = clock;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "wijkId", wijkId -> {
            String wijk = directory.allWijken().stream().filter(w -> w.id() == wijkId).findFirst().orElseThrow()
                    .name();
            LocalDate[] year = PeriodChoice.SCHOOL_YEAR.range(LocalDate.now(clock.withZone(AppZone.ID)));
            MonitoringFilter filter = FilterParameters.read(event.getLocation().getQueryParameters(),
                    MonitoringFilter.period(year[0], year[1]).withWijk(wijkId)).withWijk(wijkId);
            show(wijk, filter);
        });
    }

    private void show(String wijk, MonitoringFilter filter) {
        removeAll();
        var grid = new Grid<GroupLine>();
        grid.setId("wijk-groups");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(GroupLine::name).setHeader(getTranslation("monitoring.group")).setFlexGrow(2);
        grid.addColumn(GroupLine::theme).setHeader(getTranslation("monitoring.theme"));
        for (String key : new String[] {"sessions", "bereik", "vulling", "opkomst", "uitval", "no-show", "waiting"}) {
            grid.addColumn(g -> MonitoringExports.value(g.figures(), key).text(getLocale()))
                    .setHeader(getTranslation("monitoring.figure." + key));
        }
        grid.setItems(monitoring.groups(filter));
        grid.setEmptyStateText(getTranslation("monitoring.groups.none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("monitoring/groep/"
                + e.getItem().groupId(), FilterParameters.of(filter))));
        var back = new Anchor("monitoring", getTranslation("monitoring.back"));
        back.setId("back-to-dashboard");
        add(back, new ViewHeader(getTranslation("monitoring.wijk.title", wijk)),
                new Paragraph(getTranslation("monitoring.period.shown", day(filter.from()), day(filter.to()))),
                new FigureCards(monitoring.headline(filter), true), grid,
                CsvLink.of("csv-groups", getTranslation("monitoring.csv"), "groepen.csv",
                        () -> exports.groups(filter, getLocale())));
    }

    private String day(LocalDate date) {
        return date.format(nl.groepskracht.base.i18n.Dates.day(getLocale()));
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }
}
