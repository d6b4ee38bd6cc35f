package nl.groepskracht.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.privacy.AuditEntry;
import nl.groepskracht.privacy.AuditLog;
import org.springframework.data.domain.Sort;

/** The administrator reads who opened or exported which participant list, newest first. */
@Route("audit")
@Menu(order = 96, title = "menu.audit", icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements TranslatedTitle {

    AuditLogView(AuditLog audit) {
        addClassName("gk-page");
        setSizeFull();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(AppZone.ID);
        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> format.format(e.at())).setHeader(getTranslation("audit.at")).setSortProperty("at");
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setSortProperty("actor");
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name())).setHeader(getTranslation(
                "audit.action"));
        grid.addColumn(e -> e.groupId() == null ? "" : String.valueOf(e.groupId()))
                .setHeader(getTranslation("audit.group"));
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2);
        Grids.loadLazily(grid, audit::list, Sort.by(Sort.Direction.DESC, "id"));
        grid.setId("audit");
        add(new ViewHeader(getTranslation("menu.audit")), grid);
    }

    @Override
    public String titleKey() {
        return "menu.audit";
    }
}
