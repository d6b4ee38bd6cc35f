package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
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
import nl.groepskracht.monitoring.MonitoringExports;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;
import nl.groepskracht.monitoring.PeriodChoice;

/** Drill-down: one group's figures in the period and per month; aggregates only, never a parent's name. */
@Route("monitoring/groep/:groupId")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class GroupMonitoringView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final MonitoringService monitoring;
    private final MonitoringExports exports;
    private final Clock clock;

    GroupMonitoringView(MonitoringService monitoring, MonitoringExports exports, Clock clock) {
        this.monitoring = monitoring;
        this.exports = exports;
        this.clock = clock;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", groupId -> {
            LocalDate[] year = PeriodChoice.SCHOOL_YEAR.range(LocalDate.now(clock.withZone(AppZone.ID)));
            MonitoringFilter filter = FilterParameters.read(event.getLocation().getQueryParameters(),
                    MonitoringFilter.period(year[0], year[1])).withGroup(groupId);
            show(monitoring.group(filter, groupId), filter);
        });
    }

    private void show(GroupLine group, MonitoringFilter filter) {
        removeAll();
        var back = new Anchor("monitoring", getTranslation("monitoring.back"));
        back.setId("back-to-dashboard");
        var points = monitoring.trends(filter);
        add(back, new ViewHeader(getTranslation("monitoring.group.title", group.name())),
                new Paragraph(group.theme() + " · " + group.wijk()),
                new Paragraph(getTranslation("monitoring.period.shown", day(filter.from()), day(filter.to()))),
                new FigureCards(group.figures(), false),
                CsvLink.of("csv-group", getTranslation("monitoring.csv"), "groep.csv",
                        () -> exports.headline(filter, getLocale())),
                new H2(getTranslation("monitoring.trends")),
                new TrendChart("trend-opkomst", getTranslation("monitoring.figure.opkomst"), points, p -> p.opkomst()),
                CsvLink.of("csv-trends", getTranslation("monitoring.csv"), "per-maand.csv",
                        () -> exports.trends(filter, getLocale())));
    }

    private String day(LocalDate date) {
        return date.format(nl.groepskracht.base.i18n.Dates.day(getLocale()));
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }
}
