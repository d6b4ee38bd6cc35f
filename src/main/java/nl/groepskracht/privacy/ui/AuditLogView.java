package nl.groepskracht.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.i18n.Dates;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.CsvLink;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditExport;
import nl.groepskracht.privacy.AuditLog;
import nl.groepskracht.privacy.AuditSentences;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/**
 * The administrator reads who did what with parents' data and with professionals' accounts, newest first,
 * one sentence a line: who (by name), what, in which group or to whom (by name). Filtered by person, group,
 * action and period, and exported as CSV for an inquiry; the log loads a page at a time.
 */
@Route("audit")
@Menu(order = 96, title = "menu.audit", icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements TranslatedTitle {

    private final AuditFilters filters;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Anchor csv;

    AuditLogView(AuditLog audit, AuditExport export, AuditSentences sentences, Clock clock) {
        addClassName("gk-page");
        setSizeFull();
        var format = Dates.moment(getLocale());
        filters = new AuditFilters(audit, sentences, this::refresh);
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("audit.at")).setSortProperty("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> sentences.what(e, getLocale())).setHeader(getTranslation("audit.what")).setFlexGrow(3);
        grid.addColumn(e -> sentences.note(e, getLocale())).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        Grids.loadLazily(grid, page -> filters.value() == null ? Page.empty(page) : audit.list(filters.value(), page),
                Sort.by(Sort.Direction.DESC, "at", "id"));
        grid.setId("audit");
        csv = CsvLink.of("audit-csv", getTranslation("audit.csv"), "auditlog-"
                + LocalDate.now(clock.withZone(AppZone.ID)) + ".csv",
                () -> export.csv(filters.value(), getLocale()));
        add(new ViewHeader(getTranslation("menu.audit"), csv), filters, grid);
    }

    /** Another selection: the lines again; no export while the period is reversed. */
    private void refresh() {
        grid.getDataProvider().refreshAll();
        csv.setEnabled(filters.value() != null);
    }

    @Override
    public String titleKey() {
        return "menu.audit";
    }
}
