package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.ParticipantRow;
import nl.groepskracht.base.ui.CharacterCounter;
import nl.groepskracht.base.ui.OnceButton;

/** Removes a parent with a reason; their sessions leave their calendar and the waiting list moves up. */
class RemoveParticipantDialog extends Dialog {

    RemoveParticipantDialog(ParticipantRow row, ParticipantAdmin participants, Runnable onRemoved) {
        setHeaderTitle(getTranslation("participant.remove.title", row.name()));
        var reason = new TextArea(getTranslation("participant.remove.reason"));
        reason.setId("remove-reason");
        reason.setWidthFull();
        CharacterCounter.attach(reason, 300);
        add(new Paragraph(getTranslation("participant.remove.explain")), reason);
        var confirm = new OnceButton(getTranslation("participant.remove"), e -> {
            try {
                participants.remove(row.registrationId(), reason.getValue());
                close();
                onRemoved.run();
            } catch (FieldValidationException refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-remove");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
