package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
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
import java.util.List;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.evaluation.EvaluationResults;
import nl.groepskracht.evaluation.GroupLine;
import nl.groepskracht.evaluation.Question;
import nl.groepskracht.evaluation.VerdictLine;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.security.Role;
import org.springframework.data.domain.Sort;

/**
 * "Evaluaties": a facilitator's groups whose parents were asked, with whether the results can be read
 * yet; the adviseur's selection per group, per theme and per wijk, and the way to the impact report.
 */
@Route("evaluaties")
@Menu(order = 46, title = "menu.evaluations", icon = "vaadin:comments-o")
@RolesAllowed({Roles.FACILITATOR, Roles.ADVISEUR, Roles.ADMIN})
public class EvaluationsView extends VerticalLayout implements TranslatedTitle {

    private final EvaluationResults results;
    private final Div content = new Div();
    private ReportFilters filters;

    EvaluationsView(EvaluationResults results, ProfessionalDirectory professionals, DirectoryService directory,
            Clock clock) {
        this.results = results;
        addClassName("gk-page");
        content.setWidthFull();
        var intro = new Paragraph(getTranslation("evaluation.intro"));
        if (professionals.requireCurrent().role() == Role.FACILITATOR) {
            add(new ViewHeader(getTranslation("evaluation.title")), intro, groups(null));
            return;
        }
        var report = new Anchor("rapportage", getTranslation("menu.report"));
        report.setId("report-link");
        filters = new ReportFilters(directory, LocalDate.now(clock.withZone(AppZone.ID)), () -> show(filters.value()));
        add(new ViewHeader(getTranslation("evaluation.title"), report), intro, filters, content);
        show(filters.value());
    }

    private void show(MonitoringFilter filter) {
        content.removeAll();
        content.add(new H2(getTranslation("evaluation.per-group")), groups(filter),
                new H2(getTranslation("evaluation.per-theme")), lines("per-theme", results.perTheme(filter)),
                new H2(getTranslation("evaluation.per-wijk")), lines("per-wijk", results.perWijk(filter)));
    }

    private Grid<GroupLine> groups(MonitoringFilter filter) {
        var grid = new Grid<GroupLine>();
        grid.setId("evaluated-groups");
        var date = nl.groepskracht.base.i18n.Dates.day(getLocale());
        // on a phone the name wraps and carries its end date, so four narrow columns remain
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(g -> {
            var name = new com.vaadin.flow.component.html.Anchor("evaluaties/groep/" + g.groupId(), g.name());
            var ended = new com.vaadin.flow.component.html.Span(g.endsOn() == null ? ""
                    : getTranslation("evaluation.ended") + " " + g.endsOn().format(date));
            ended.addClassName("gk-hint");
            var cell = new com.vaadin.flow.component.html.Div(name, ended);
            cell.addClassName("gk-stack");
            return cell;
        }).setHeader(getTranslation("evaluation.group")).setFlexGrow(3);
        grid.addColumn(g -> getTranslation("evaluation.answers-of", g.verdict().answers().text(getLocale()),
                g.verdict().invited().text(getLocale()))).setHeader(getTranslation("evaluation.figure.answers"));
        grid.addColumn(g -> g.verdict().enough() ? getTranslation("evaluation.ready")
                : getTranslation("evaluation.too-few.short")).setHeader(getTranslation("evaluation.status"));
        Grids.loadLazily(grid, page -> filter == null ? results.myGroups(page) : results.groups(filter, page),
                Sort.unsorted());
        grid.setEmptyStateText(getTranslation("evaluation.none"));
        if (filter == null) {
            // a facilitator's own groups are few: all rows, no box that scrolls on its own on a phone
            grid.setAllRowsVisible(true);
        }
        return grid;
    }

    private Grid<VerdictLine> lines(String id, List<VerdictLine> lines) {
        var grid = new Grid<VerdictLine>();
        grid.setId(id);
        grid.addColumn(VerdictLine::name).setHeader(getTranslation(id.equals("per-theme") ? "monitoring.theme"
                : "monitoring.wijk")).setFlexGrow(2);
        grid.addColumn(l -> l.verdict().answers().text(getLocale())).setHeader(getTranslation("evaluation.figure.answers"));
        for (Question question : Question.values()) {
            grid.addColumn(l -> l.verdict().score(question).average().text(getLocale()))
                    .setHeader(getTranslation("evaluation.figure." + question.key()));
        }
        grid.addColumn(l -> l.verdict().moreHelpNo().text(getLocale()))
                .setHeader(getTranslation("evaluation.figure.no-more-help"));
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("evaluation.sums.none"));
        return grid;
    }

    @Override
    public String titleKey() {
        return "evaluation.title";
    }
}
