package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.Component;
import nl.groepskracht.signup.ParticipantRow;

/** A parent's status ("Op de wachtlijst (2)") and consent as the list shows them. */
final class StatusText {

    private StatusText() {
    }

    /** "24 nov 2026", or "24 nov 2026 (mondeling, vastgelegd door Fatima El Amrani)". */
    static String consent(ParticipantRow row, java.time.format.DateTimeFormatter date, Component in) {
        return date.format(row.consentAt()) + (row.consentBy() == null ? ""
                : " (" + in.getTranslation("participant.consent.oral", row.consentBy()) + ")");
    }

    static String of(ParticipantRow row, Component in) {
        return in.getTranslation("mine.status." + row.status().name())
                + (row.waitlistPosition() > 0 ? " (" + row.waitlistPosition() + ")" : "");
    }
}
