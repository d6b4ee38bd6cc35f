package nl.groepskracht.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.mail.OutboxAdmin;
import nl.groepskracht.mail.OutboxEntry;
import nl.groepskracht.mail.OutboxFilter;
import org.springframework.data.domain.Sort;

/**
 * Every e-mail the portal sends or would send, newest first, filtered by status and recipient:
 * when (to the second), to which domain, attempts, last error; searching by address and opening one (which
 * shows the full address and the content) are audited.
 */
@Route("outbox")
@Menu(order = 95, title = "menu.outbox", icon = "vaadin:envelopes")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout implements TranslatedTitle, BeforeEnterObserver {

    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Select<MailStatus> status = new Select<>();
    private final TextField recipient = new TextField(getTranslation("outbox.recipient"));

    OutboxView(OutboxAdmin outbox) {
        addClassName("gk-page");
        setSizeFull();
        var format = nl.groepskracht.base.i18n.Dates.moment(getLocale());
        grid.addColumn(m -> format.format(m.createdAt())).setHeader(getTranslation("outbox.created"))
                .setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient"))
                .setSortProperty("recipient").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("outbox.status." + m.status().name()))
                .setHeader(getTranslation("outbox.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("outbox.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader(getTranslation("outbox.error"))
                .setFlexGrow(2);
        Grids.loadLazily(grid, page -> outbox.list(filter(), page), Sort.by(Sort.Direction.DESC, "id"));
        grid.addItemClickListener(e -> new MailContentDialog(outbox, e.getItem(),
                grid.getDataProvider()::refreshAll).open());
        grid.setId("outbox");
        add(new ViewHeader(getTranslation("menu.outbox")), filters(), grid);
    }

    private FlexLayout filters() {
        status.setLabel(getTranslation("outbox.status"));
        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("group.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("group.filter.any")
                : getTranslation("outbox.status." + s.name()));
        status.setId("outbox-status");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        recipient.setId("outbox-recipient");
        recipient.setHelperText(getTranslation("outbox.recipient.audited"));
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var filters = new FlexLayout(status, recipient);
        filters.addClassName("gk-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        return filters;
    }

    private OutboxFilter filter() {
        return new OutboxFilter(status.getValue(), recipient.getValue());
    }

    /** {@code ?status=FAILED} (from the start page) opens the list filtered. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("status")
                .flatMap(value -> java.util.Arrays.stream(MailStatus.values()).filter(s -> s.name().equals(value))
                        .findFirst())
                .ifPresent(status::setValue);
    }

    @Override
    public String titleKey() {
        return "menu.outbox";
    }
}
