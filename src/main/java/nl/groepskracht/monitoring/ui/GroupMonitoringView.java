package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
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

/**
 * Drill-down: one group's figures in the period and per month; aggregates only, never a parent's name.
 * The group is the whole selection (only the period applies); the links back keep the dashboard's.
 * The adviseur makes verwijslinks for the group from here (toeleiding with partners is their work).
 */
@Route("monitoring/groep/:groupId")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class GroupMonitoringView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final MonitoringService monitoring;
    private final MonitoringExports exports;
    private final DirectoryService directory;
    private final Clock clock;

    GroupMonitoringView(MonitoringService monitoring, MonitoringExports exports, DirectoryService directory,
            Clock clock) {
        this.monitoring = monitoring;
        this.exports = exports;
        this.directory = directory;
        this.clock = clock;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", groupId -> {
            LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
            Selection selection = Selection.read(event.getLocation().getQueryParameters(), today);
            MonitoringFilter filter = selection.periodOnly().withGroup(groupId);
            show(monitoring.group(filter, groupId), filter, selection, selection.to().isAfter(today));
        });
    }

    private void show(GroupLine group, MonitoringFilter filter, Selection selection, boolean futureLeft) {
        removeAll();
        var back = new Anchor(selection.url("monitoring"), getTranslation("monitoring.back"));
        back.setId("back-to-dashboard");
        var links = new FlexLayout(back);
        links.addClassName("gk-actions");
        var toWijk = new Anchor(selection.url("monitoring/wijk/" + group.wijkId()),
                getTranslation("monitoring.back.wijk", group.wijk()));
        toWijk.setId("back-to-wijk");
        links.add(toWijk);
        var actions = new FlexLayout();
        if (!group.walkIn()) {
            var referral = new Anchor("groepen/" + group.groupId() + "/verwijslinks",
                    getTranslation("monitoring.referral.make"));
            referral.setId("make-referral");
            actions.add(referral);
        }
        var points = monitoring.trends(filter);
        add(links, new ViewHeader(getTranslation("monitoring.group.title", group.name()), actions),
                new Paragraph(group.theme() + " · " + group.wijk()),
                new SelectionChips(selection, "monitoring/groep/" + group.groupId(), directory, false),
                new FigureCards(group.figures(), false), Tables.withheldNote(group.figures().anyHidden()),
                CsvLink.of("csv-group", getTranslation("monitoring.csv"), () -> exports.headline(filter, getLocale())),
                new H2(getTranslation("monitoring.trends")), new TrendCharts(points, futureLeft, false),
                CsvLink.of("csv-trends", getTranslation("monitoring.csv"), () -> exports.trends(filter, getLocale())));
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }
}
