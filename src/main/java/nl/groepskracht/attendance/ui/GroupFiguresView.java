package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.groepskracht.attendance.AttendanceFigures;
import nl.groepskracht.attendance.AttendanceViews.GroupFigures;
import nl.groepskracht.attendance.AttendanceViews.ParentFigure;
import nl.groepskracht.base.ui.PhoneLink;
import nl.groepskracht.attendance.AttendanceViews.SessionFigure;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;

/** Who keeps coming to a group: per session, overall, per parent (flagged after two unexcused absences). */
@Route("groepen/:groupId/aanwezigheid")
@PermitAll
public class GroupFiguresView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    /** The monitoring module's page of one group (a route, as the monitoring module builds on this one). */
    public static final String MONITORING = "monitoring/groep/";

    private final AttendanceFigures figures;

    GroupFiguresView(AttendanceFigures figures) {
        this.figures = figures;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", groupId -> {
            GroupFigures group = figures.figures(groupId);
            if (group.withNames()) {
                show(groupId, group);
            } else {
                // the adviseur and the administrator read a group's figures in the monitoring, with its "< 5" rule
                event.forwardTo(MONITORING + groupId);
            }
        });
    }

    private void show(long groupId, GroupFigures group) {
        removeAll();
        var back = new Anchor("groepen/" + groupId, getTranslation("participant.back"));
        back.addClassName("gk-back");
        add(back, new ViewHeader(getTranslation("figures.title", group.groupName())));
        if (group.sessionsHeld() == 0) {
            var none = new Paragraph(getTranslation("figures.none-held"));
            none.setId("figures-summary");
            add(none);
            return;
        }
        add(summary(group), sessions(group));
        if (group.walkIn()) {
            return;
        }
        var csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                figures.matrixCsv(groupId, getLocale())), "aanwezigheid.csv",
                "text/csv;charset=UTF-8", -1)), getTranslation("figures.export"));
        csv.setId("export-attendance");
        if (group.anyFlagged()) {
            var explain = new Paragraph(getTranslation("figures.call.explain"));
            explain.setId("figures-call-explain");
            add(explain);
        }
        add(parents(group), csv);
    }

    /** One sentence: sessions held and, for a group with sign-up, who came and who stopped; for a walk-in, visits. */
    private Paragraph summary(GroupFigures group) {
        String text;
        if (group.walkIn()) {
            var counted = group.sessions().stream().filter(s -> s.headCount() != null).toList();
            int adults = counted.stream().mapToInt(s -> zeroIfNull(s.headCount().adults())).sum();
            int children = counted.stream().mapToInt(s -> zeroIfNull(s.headCount().children())).sum();
            text = getTranslation("figures.summary.walk-in", group.sessionsHeld(), adults, children);
        } else {
            text = getTranslation("figures.summary", group.sessionsHeld(), Math.round(group.attendanceRate() * 100),
                    group.dropOuts());
        }
        var summary = new Paragraph(text);
        summary.setId("figures-summary");
        return summary;
    }

    private static int zeroIfNull(Integer count) {
        return count == null ? 0 : count;
    }

    private Grid<SessionFigure> sessions(GroupFigures group) {
        var format = nl.groepskracht.base.i18n.Dates.day(getLocale());
        var grid = new Grid<SessionFigure>();
        grid.setId("session-figures");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> s.session().start().format(format)).setHeader(getTranslation("session.date"));
        if (group.walkIn()) {
            grid.addColumn(s -> s.headCount() == null ? "" : String.valueOf(s.headCount().adults()))
                    .setHeader(getTranslation("attendance.adults"));
            grid.addColumn(s -> s.headCount() == null ? "" : String.valueOf(s.headCount().children()))
                    .setHeader(getTranslation("attendance.children"));
        } else {
            grid.addColumn(s -> s.present() + " / " + s.recorded()).setHeader(getTranslation("figures.present"));
        }
        grid.setItems(group.sessions());
        return grid;
    }

    private Grid<ParentFigure> parents(GroupFigures group) {
        var grid = new Grid<ParentFigure>();
        grid.setId("parent-figures");
        grid.setAllRowsVisible(true);
        grid.addColumn(ParentFigure::name).setHeader(getTranslation("participant.name"));
        grid.addColumn(p -> p.attended() + " / " + p.held()).setHeader(getTranslation("figures.attended"));
        if (group.anyFlagged()) {
            // "Even bellen?" with the number to call: one tap on a tablet or phone
            grid.addComponentColumn(p -> {
                var call = new Div();
                if (p.flagged()) {
                    call.add(new Span(getTranslation("figures.call", p.unexcusedInARow()) + " "));
                    if (p.phone() != null) {
                        call.add(PhoneLink.of(p.phone(), "call-" + p.registrationId()));
                    }
                }
                return call;
            }).setHeader(getTranslation("figures.attention")).setAutoWidth(true).setKey("call");
        }
        grid.setItems(group.parents());
        return grid;
    }

    @Override
    public String titleKey() {
        return "figures.menu";
    }
}
