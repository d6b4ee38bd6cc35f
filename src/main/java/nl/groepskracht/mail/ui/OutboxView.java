package nl.groepskracht.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
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
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.mail.OutboxAdmin;
import org.springframework.data.domain.Sort;
import nl.groepskracht.mail.OutboxEntry;

/** Every e-mail the portal sends or would send: status, attempts, last error, content, send again. */
@Route("outbox")
@Menu(order = 95, title = "menu.outbox", icon = "vaadin:envelopes")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout implements TranslatedTitle {

    private final OutboxAdmin outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();

    OutboxView(OutboxAdmin outbox) {
        this.outbox = outbox;
        addClassName("gk-page");
        setSizeFull();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(AppZone.ID);
        grid.addColumn(m -> format.format(m.createdAt())).setHeader(getTranslation("outbox.created"))
                .setSortProperty("createdAt");
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient"))
                .setSortProperty("recipient").setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name()))
                .setHeader(getTranslation("outbox.status")).setSortProperty("status");
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts"));
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.error"))
                .setFlexGrow(2);
        Grids.loadLazily(grid, outbox::list, Sort.by(Sort.Direction.DESC, "id"));
        grid.addItemClickListener(e -> show(e.getItem()));
        grid.setId("outbox");
        add(new ViewHeader(getTranslation("menu.outbox")), grid);
    }

    private void show(OutboxEntry entry) {
        var mail = outbox.content(entry.id());
        var dialog = new Dialog();
        dialog.setHeaderTitle(mail.subject());
        dialog.setWidth("min(52rem, 100vw)");
        var content = new VerticalLayout(new Pre(mail.recipient()), new Pre(mail.text()));
        if (mail.hasInvite()) {
            content.add(new H3(getTranslation("outbox.invite", mail.icsMethod())), new Pre(mail.ics()));
        }
        dialog.add(content);
        if (entry.status() != MailStatus.PENDING) {
            var again = new Button(getTranslation("outbox.send-again"), e -> {
                outbox.sendAgain(entry.id());
                dialog.close();
                grid.getDataProvider().refreshAll();
            });
            again.setId("send-again");
            dialog.getFooter().add(again);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "menu.outbox";
    }
}
