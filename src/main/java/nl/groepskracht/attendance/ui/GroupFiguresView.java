package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.attendance.AttendanceFigures;
import nl.groepskracht.attendance.AttendanceViews.GroupFigures;
import nl.groepskracht.attendance.AttendanceViews.ParentFigure;
import nl.groepskracht.attendance.AttendanceViews.SessionFigure;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;

/** Who keeps coming to a group: per session, overall, per parent (flagged after two unexcused absences). */
@Route("groepen/:groupId/aanwezigheid")
@PermitAll
public class GroupFiguresView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final AttendanceFigures figures;

    GroupFiguresView(AttendanceFigures figures) {
        this.figures = figures;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", groupId -> show(groupId, figures.figures(groupId)));
    }

    private void show(long groupId, GroupFigures group) {
        removeAll();
        var summary = new Paragraph(getTranslation("figures.summary", group.sessionsHeld(),
                Math.round(group.attendanceRate() * 100), group.dropOuts()));
        summary.setId("figures-summary");
        add(new Anchor("groepen/" + groupId, getTranslation("participant.back")),
                new ViewHeader(getTranslation("figures.title", group.groupName())), summary, sessions(group));
        if (!group.walkIn()) {
            var csv = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(
                    figures.matrixCsv(groupId, getLocale())), "aanwezigheid.csv",
                    "text/csv;charset=UTF-8", -1)), getTranslation("figures.export"));
            csv.setId("export-attendance");
            add(parents(group), csv);
        }
    }

    private Grid<SessionFigure> sessions(GroupFigures group) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
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
        grid.addColumn(p -> p.flagged() ? getTranslation("figures.call", p.unexcusedInARow()) : "")
                .setHeader(getTranslation("figures.attention"));
        grid.setItems(group.parents());
        return grid;
    }

    @Override
    public String titleKey() {
        return "figures.menu";
    }
}
