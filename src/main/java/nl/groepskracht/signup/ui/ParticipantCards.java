package nl.groepskracht.signup.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import nl.groepskracht.base.ui.PhoneLink;
import nl.groepskracht.signup.ParticipantRow;

/** The participants as cards on a phone, where a table would cut off names (the table shows on larger screens). */
class ParticipantCards extends Div {

    private final DateTimeFormatter date;
    private final Function<ParticipantRow, ParticipantActions> actions;

    ParticipantCards(DateTimeFormatter date, Function<ParticipantRow, ParticipantActions> actions) {
        this.date = date;
        this.actions = actions;
        addClassName("gk-person-cards");
        setId("participant-cards");
    }

    void show(List<ParticipantRow> rows) {
        removeAll();
        for (ParticipantRow row : rows) {
            var card = new Div();
            card.addClassName("gk-person-card");
            var name = new Span(row.name() == null ? "" : row.name());
            name.getElement().setAttribute("class", "gk-card-name");
            card.add(new Paragraph(name), new Paragraph(StatusText.of(row, this)));
            if (row.email() != null) {
                card.add(new Paragraph(row.email()));
            }
            if (row.phone() != null) {
                card.add(new Paragraph(PhoneLink.of(row.phone(), "card-phone-" + row.registrationId())));
            }
            card.add(new Paragraph(getTranslation("participant.consent") + ": " + StatusText.consent(row, date, this)),
                    actions.apply(row));
            add(card);
        }
    }
}
