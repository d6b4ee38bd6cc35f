package nl.groepskracht.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.base.ui.OnceButton;

/** Asks for an optional reason, then cancels: everyone invited gets a cancellation. */
class CancelSessionDialog extends Dialog {

    CancelSessionDialog(SessionInfo session, ScheduleService schedule, Runnable reload) {
        setHeaderTitle(getTranslation("session.cancel.title"));
        var reason = new TextArea(getTranslation("session.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("session.cancel.explain")), reason);
        var confirm = new OnceButton(getTranslation("session.cancel.confirm"), e -> {
            try {
                schedule.cancel(session.id(), reason.getValue());
                close();
                reload.run();
            } catch (FieldValidationException refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-cancel");
        var back = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(back, confirm);
    }
}
