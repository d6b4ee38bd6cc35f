package nl.groepskracht.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.mail.OutboxAdmin;
import nl.groepskracht.mail.OutboxEntry;
import nl.groepskracht.base.ui.OnceButton;

/** One mail's content (secret links masked; the opening is audited), and "send again" for a finished one. */
class MailContentDialog extends Dialog {

    MailContentDialog(OutboxAdmin outbox, OutboxEntry entry, Runnable onChange) {
        var mail = outbox.content(entry.id());
        setHeaderTitle(mail.subject());
        setWidth("min(52rem, 100vw)");
        var content = new VerticalLayout(new Pre(mail.recipient()), new Pre(mail.text()));
        content.setId("mail-content");
        if (mail.hasInvite()) {
            content.add(new H3(getTranslation("outbox.invite", mail.icsMethod())), new Pre(mail.ics()));
        }
        add(content);
        if (entry.status() == MailStatus.FAILED) {
            var again = new OnceButton(getTranslation("outbox.send-again"), e -> {
                outbox.sendAgain(entry.id());
                close();
                onChange.run();
            });
            again.setId("send-again");
            getFooter().add(again);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
