package nl.groepskracht.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.StartCard;
import nl.groepskracht.base.ui.StartPageSection;
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.mail.OutboxAdmin;

/** The administrator's start page: e-mails that failed or are stuck, one click from the filtered outbox. */
@org.springframework.stereotype.Component
class OutboxStartSection implements StartPageSection {

    private final OutboxAdmin outbox;

    OutboxStartSection(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADMIN);
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create() {
        OutboxAdmin.OutboxHealth health = outbox.health();
        var card = new StartCard("start-outbox").title(t("start.outbox"));
        if (health.failed() > 0) {
            card.line(StartCard.badge(t("start.outbox.failed", health.failed()), true),
                    show("start-outbox-failed", MailStatus.FAILED));
        }
        if (health.stuck() > 0) {
            card.line(StartCard.badge(t("start.outbox.stuck", health.stuck()), true),
                    new Span(t("start.outbox.stuck.help")), show("start-outbox-stuck", MailStatus.PENDING));
        }
        card.whenEmpty(t("start.outbox.fine"), null);
        card.more(t("start.outbox.all"), OutboxView.class);
        return card;
    }

    private Button show(String id, MailStatus status) {
        var button = new Button(t("start.outbox.show"), e -> e.getSource().getUI().ifPresent(
                ui -> ui.navigate("outbox", QueryParameters.of("status", status.name()))));
        button.setId(id);
        return button;
    }
}
