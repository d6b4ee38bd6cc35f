package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.groepskracht.base.ui.PhoneLink;
import nl.groepskracht.signup.ParticipantRow;

/**
 * Two lines per cell, so the table of a group's parents fits a tablet beside the menu: the name with its
 * status below, the e-mail address with the phone number below. Nothing is cut off; what does not fit
 * wraps.
 */
final class ParticipantCells {

    private ParticipantCells() {
    }

    static Div name(ParticipantRow row, Component in) {
        var name = new Span(row.name() == null ? "" : row.name());
        return lines(name, StatusText.of(row, in));
    }

    static Div contact(ParticipantRow row, Component in) {
        var email = new Span(row.email() == null ? in.getTranslation("participant.no-email") : row.email());
        email.addClassName("gk-wrap-any");
        var cell = lines(email, null);
        if (row.phone() != null) {
            cell.add(PhoneLink.of(row.phone(), "participant-phone-" + row.registrationId()));
        }
        return cell;
    }

    private static Div lines(Span first, String second) {
        var cell = new Div(first);
        cell.addClassName("gk-cell-lines");
        if (second != null) {
            var below = new Span(second);
            below.addClassName("gk-cell-sub");
            cell.add(below);
        }
        return cell;
    }
}
