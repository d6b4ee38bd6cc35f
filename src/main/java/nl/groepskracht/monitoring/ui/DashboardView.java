package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
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

/**
 * The adviseur's dashboard: where a group could start, the headline figures with their definitions,
 * how parents found the groups, wijk × theme, and the months' trends. Every table downloads as CSV.
 */
@Route("monitoring")
@Menu(order = 40, title = "menu.monitoring", icon = "vaadin:chart")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class DashboardView extends VerticalLayout implements TranslatedTitle {

    private final MonitoringService monitoring;
    private final MonitoringExports exports;
    private final DashboardFilters filters;
    private final java.util.List<ParentVerdicts> verdicts;
    private final Div content = new Div();

    DashboardView(MonitoringService monitoring, MonitoringExports exports, DirectoryService directory, Clock clock,
            java.util.List<ParentVerdicts> verdicts) {
        this.monitoring = monitoring;
        this.verdicts = verdicts;
        this.exports = exports;
        addClassName("gk-page");
        content.setWidthFull();
        filters = new DashboardFilters(directory, LocalDate.now(clock.withZone(AppZone.ID)), this::show);
        var signals = new Anchor("signalen", getTranslation("menu.signals"));
        signals.setId("signals-link");
        add(new ViewHeader(getTranslation("monitoring.title"), signals), filters, content);
        show();
    }

    private void show() {
        MonitoringFilter filter = filters.value();
        var locale = getLocale();
        content.removeAll();
        Dashboard dashboard = monitoring.dashboard(filter);
        content.add(new H2(getTranslation("monitoring.unmet.title")),
                new Paragraph(getTranslation("monitoring.unmet.intro")),
                Tables.unmet(dashboard.unmet(), locale, this::getTranslation),
                CsvLink.of("csv-unmet", getTranslation("monitoring.csv"), "vraag-zonder-groep.csv",
                        () -> exports.unmetDemand(filter, locale)));
        Figures figures = dashboard.headline();
        content.add(new H2(getTranslation("monitoring.headline")), new FigureCards(figures, filter.wijkId() != null),
                CsvLink.of("csv-headline", getTranslation("monitoring.csv"), "kerncijfers.csv",
                        () -> exports.headline(filter, locale)));
        for (ParentVerdicts source : verdicts) {
            content.add(new H2(getTranslation("monitoring.verdicts")),
                    new Paragraph(getTranslation("monitoring.verdicts.intro")), new FigureCards(source.verdicts(filter)));
        }
        content.add(new H2(getTranslation("monitoring.toeleiding")),
                Tables.shares("toeleiding", figures.toeleiding(), true, locale, this::getTranslation),
                new H2(getTranslation("monitoring.referrals")),
                Tables.shares("referrals", figures.referrals(), false, locale, this::getTranslation));
        content.add(new H2(getTranslation("monitoring.matrix")), new Paragraph(getTranslation("monitoring.matrix.intro")),
                new MatrixGrid(dashboard.matrix(), row -> getUI().ifPresent(ui -> ui.navigate(
                        "monitoring/wijk/" + row.wijkId(), FilterParameters.of(filter)))),
                CsvLink.of("csv-matrix", getTranslation("monitoring.csv"), "wijk-thema.csv",
                        () -> exports.matrix(filter, locale)));
        var points = dashboard.trends();
        content.add(new H2(getTranslation("monitoring.trends")),
                new TrendChart("trend-bereik", getTranslation("monitoring.figure.bereik"), points, p -> p.bereik()),
                new TrendChart("trend-opkomst", getTranslation("monitoring.figure.opkomst"), points, p -> p.opkomst()),
                new TrendChart("trend-groups", getTranslation("monitoring.trend.groups"), points,
                        p -> p.groupsRunning()),
                CsvLink.of("csv-trends", getTranslation("monitoring.csv"), "per-maand.csv",
                        () -> exports.trends(filter, locale)));
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }
}
