package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.CsvLink;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.monitoring.FigureKeys;
import nl.groepskracht.monitoring.MonitoringExports;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;

/**
 * Drill-down: the groups of one wijk in the period with their figures (aggregates, no names of
 * parents), under the dashboard's selection (shown, each filter with a way to drop it).
 */
@Route("monitoring/wijk/:wijkId")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class WijkMonitoringView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private static final List<String> COLUMNS = List.of("sessions", "bereik", "vulling", "opkomst", "uitval",
            "no-show", "waiting");

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
            show(wijkId, wijk, Selection.read(event.getLocation().getQueryParameters(),
                    LocalDate.now(clock.withZone(AppZone.ID))));
        });
    }

    private void show(long wijkId, String wijk, Selection selection) {
        removeAll();
        MonitoringFilter filter = selection.withWijk(wijkId).filter();
        var groups = monitoring.groups(filter);
        var grid = new Grid<GroupLine>();
        grid.setId("wijk-groups");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(GroupLine::name).setHeader(getTranslation("monitoring.group")).setFlexGrow(3);
        grid.addColumn(GroupLine::theme).setHeader(getTranslation("monitoring.theme")).setFlexGrow(2);
        for (String key : COLUMNS) {
            grid.addColumn(g -> FigureKeys.value(g.figures(), key).text(getLocale()))
                    .setHeader(getTranslation("monitoring.figure." + key));
            if (key.equals("bereik")) {
                grid.addColumn(g -> g.walkIn() || g.figures().walkInSessions().value() > 0
                        ? getTranslation("monitoring.walk-in.short", g.figures().walkInAdults().text(getLocale()),
                                g.figures().walkInChildren().text(getLocale())) : "")
                        .setHeader(getTranslation("monitoring.figure.walk-in-visits")).setFlexGrow(2);
            }
        }
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("monitoring.groups.none"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("monitoring/groep/"
                + e.getItem().groupId(), selection.query())));
        var back = new Anchor(selection.url("monitoring"), getTranslation("monitoring.back"));
        back.setId("back-to-dashboard");
        var figures = monitoring.headline(filter);
        add(back, new ViewHeader(getTranslation("monitoring.wijk.title", wijk)),
                new SelectionChips(selection, "monitoring/wijk/" + wijkId, directory, true),
                new FigureCards(figures, true), grid, Tables.withheldNote(figures.anyHidden()
                        || groups.stream().anyMatch(g -> g.figures().anyHidden())),
                CsvLink.of("csv-groups", getTranslation("monitoring.csv"), () -> exports.groups(filter, getLocale())));
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }
}
