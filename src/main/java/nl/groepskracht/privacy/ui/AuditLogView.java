package nl.groepskracht.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditLog;
import org.springframework.data.domain.Sort;

/**
 * The administrator reads who did what with parents' data, newest first, one sentence a line: who (by
 * name), what, and in which group (by name). The log loads a page at a time.
 */
@Route("audit")
@Menu(order = 96, title = "menu.audit", icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements TranslatedTitle {

    AuditLogView(AuditLog audit) {
        addClassName("gk-page");
        setSizeFull();
        var format = nl.groepskracht.base.i18n.Dates.moment(getLocale());
        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("audit.at")).setSortProperty("at")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditSentence.what(e, this)).setHeader(getTranslation("audit.what")).setFlexGrow(3);
        grid.addColumn(e -> AuditSentence.note(e, this)).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        Grids.loadLazily(grid, audit::list, Sort.by(Sort.Direction.DESC, "id"));
        grid.setId("audit");
        add(new ViewHeader(getTranslation("menu.audit")), grid);
    }

    @Override
    public String titleKey() {
        return "menu.audit";
    }
}
