package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.ParticipantRow;
import nl.groepskracht.signup.RegistrationStatus;
import nl.groepskracht.base.ui.OnceButton;

/** What a facilitator can do with one parent: give a waiting parent a place now, or take someone off. */
class ParticipantActions extends FlexLayout {

    /** {@code idPrefix} keeps ids unique where the same parent shows twice (table and phone card). */
    ParticipantActions(ParticipantRow row, ParticipantAdmin participants, Runnable refresh, String idPrefix) {
        addClassName("gk-row-actions");
        if (row.status() == RegistrationStatus.WAITLISTED) {
            var place = new OnceButton(getTranslation("participant.give-place"), e -> {
                participants.givePlace(row.registrationId());
                refresh.run();
            });
            place.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            place.setId(idPrefix + "give-place-" + row.registrationId());
            add(place);
        }
        if (row.status() != RegistrationStatus.CANCELLED) {
            var remove = new OnceButton(getTranslation("participant.remove"), e -> new RemoveParticipantDialog(row,
                    participants, refresh).open());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId(idPrefix + "remove-" + row.registrationId());
            add(remove);
        }
    }
}
