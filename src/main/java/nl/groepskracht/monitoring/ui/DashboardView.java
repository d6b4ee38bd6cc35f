package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.CsvFile;
import nl.groepskracht.base.ui.CsvLink;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.monitoring.MonitoringExports;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.Dashboard;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.ParentVerdicts;
import nl.groepskracht.monitoring.VerdictExports;

/**
 * The adviseur's dashboard: where a group could start, the headline figures with their definitions,
 * how parents found the groups, wijk × theme, and the months' trends. Every table downloads as CSV.
 * Period and filters live in the URL ({@link Selection}): a view can be bookmarked and sent on, and
 * Back or "Terug naar de monitoring" returns to it.
 */
@Route("monitoring")
@Menu(order = 40, title = "menu.monitoring", icon = "vaadin:chart")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final MonitoringService monitoring;
    private final MonitoringExports exports;
    private final VerdictExports verdictExports;
    private final DashboardFilters filters;
    private final List<ParentVerdicts> verdicts;
    private final Div content = new Div();
    private final LocalDate today;

    DashboardView(MonitoringService monitoring, MonitoringExports exports, VerdictExports verdictExports,
            DirectoryService directory, Clock clock, List<ParentVerdicts> verdicts) {
        this.monitoring = monitoring;
        this.verdicts = verdicts;
        this.exports = exports;
        this.verdictExports = verdictExports;
        addClassName("gk-page");
        content.setWidthFull();
        today = LocalDate.now(clock.withZone(AppZone.ID));
        filters = new DashboardFilters(directory, today, this::changed);
        var signals = new Anchor("signalen", getTranslation("menu.signals"));
        signals.setId("signals-link");
        add(new ViewHeader(getTranslation("monitoring.title"), signals), filters, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Selection selection = Selection.read(event.getLocation().getQueryParameters(), today);
        filters.show(selection);
        show(selection);
    }

    /** The adviseur changed a filter: the URL follows (no new history entry), then the figures. */
    private void changed() {
        Selection selection = filters.selection();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("monitoring",
                selection.query())));
        show(selection);
    }

    private void show(Selection selection) {
        MonitoringFilter filter = selection.filter();
        var locale = getLocale();
        content.removeAll();
        Dashboard dashboard = monitoring.dashboard(filter);
        content.add(new H2(getTranslation("monitoring.unmet.title")),
                new Paragraph(getTranslation("monitoring.unmet.intro")), Tables.unmet(dashboard.unmet(), locale,
                        this::getTranslation), Tables.withheldNote(dashboard.unmet().stream()
                                .anyMatch(u -> u.waiting().hidden())),
                csv("csv-unmet", () -> exports.unmetDemand(filter, locale)));
        Figures figures = dashboard.headline();
        content.add(new H2(getTranslation("monitoring.headline")), new FigureCards(figures, filter.wijkId() != null),
                Tables.withheldNote(Tables.cardsHidden(figures)), csv("csv-headline",
                        () -> exports.headline(filter, locale)));
        if (!verdicts.isEmpty()) {
            content.add(new H2(getTranslation("monitoring.verdicts")),
                    new Paragraph(getTranslation("monitoring.verdicts.intro")));
            verdicts.forEach(source -> {
                var shown = source.verdicts(filter);
                content.add(new FigureCards(shown));
                if (shown.stream().anyMatch(v -> v.figure().hidden())) {
                    content.add(Tables.note("verdicts-few", getTranslation("monitoring.verdicts.few")));
                }
            });
            content.add(CsvLink.of("csv-verdicts-groups", getTranslation("monitoring.csv.link.verdicts-groups"),
                    () -> verdictExports.perGroup(filter, locale)), CsvLink.of("csv-verdicts-themes",
                    getTranslation("monitoring.csv.link.verdicts-themes"), () -> verdictExports.perTheme(filter, locale)));
        }
        content.add(new H2(getTranslation("monitoring.toeleiding")),
                Tables.shares("toeleiding", figures.toeleiding(), true, locale, this::getTranslation),
                Tables.withheldNote(Tables.anyHidden(figures.toeleiding())),
                new H2(getTranslation("monitoring.referrals")),
                Tables.shares("referrals", figures.referrals(), false, locale, this::getTranslation),
                Tables.withheldNote(Tables.anyHidden(figures.referrals())));
        content.add(new H2(getTranslation("monitoring.matrix")), new Paragraph(getTranslation("monitoring.matrix.intro")),
                new MatrixGrid(dashboard.matrix(), row -> getUI().ifPresent(ui -> ui.navigate(
                        "monitoring/wijk/" + row.wijkId(), selection.query()))),
                Tables.withheldNote(dashboard.matrix().anyHidden()), csv("csv-matrix",
                        () -> exports.matrix(filter, locale)));
        content.add(new H2(getTranslation("monitoring.trends")), new TrendCharts(dashboard.trends(), selection.to().isAfter(today), true),
                csv("csv-trends", () -> exports.trends(filter, locale)));
    }

    private Anchor csv(String id, Supplier<CsvFile> file) {
        return CsvLink.of(id, getTranslation("monitoring.csv"), file);
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }
}
