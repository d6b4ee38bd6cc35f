package nl.groepskracht.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.groepskracht.base.ui.CharacterCounter;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.base.ui.OnceButton;

/**
 * Names the session it cancels (date and time), asks for an optional reason, then cancels: everyone
 * invited gets a cancellation. It opens above or below the row it came from, never over it, so the
 * facilitator still sees which session they are about to cancel.
 */
class CancelSessionDialog extends Dialog {

    /** Room the dialog takes on the screen (header, text, reason, buttons), in CSS pixels. */
    private static final int HEIGHT = 340;

    CancelSessionDialog(SessionInfo session, ScheduleService schedule, Runnable reload) {
        setId("cancel-session-dialog");
        var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        setHeaderTitle(getTranslation("session.cancel.title.of", session.start().format(day),
                session.start().toLocalTime().toString(), session.end().toLocalTime().toString()));
        setMaxWidth("min(36rem, 100vw)");
        var reason = new TextArea(getTranslation("session.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setWidthFull();
        CharacterCounter.attach(reason, 500);
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
        var back = new Button(getTranslation("session.cancel.keep"), e -> close());
        back.setId("keep-session");
        getFooter().add(back, confirm);
    }

    /** Opens below the row at {@code clickY} (its distance from the top of the screen), or above it when that fits. */
    void openAwayFrom(int clickY) {
        int above = clickY - 40 - HEIGHT;
        setTop(above >= 8 ? above + "px" : (clickY + 40) + "px");
        open();
    }
}
