package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.attendance.AttendanceViews.SheetLine;
import nl.groepskracht.attendance.AttendanceViews.SheetState;
import nl.groepskracht.base.ui.OnceButton;
import nl.groepskracht.base.ui.PhoneLink;

/**
 * The parents of a session, each with one large choice that is saved at the tap, their phone number
 * as a link, and the running count ("7 van 9 aanwezig"). {@link #show} takes what another tablet
 * saved: the choices and the count follow the server, without saving anything again.
 */
class AttendanceLines extends Div {

    private final Span count = new Span();
    private final Map<Long, RadioButtonGroup<AttendanceStatus>> choices = new LinkedHashMap<>();

    AttendanceLines(java.util.List<SheetLine> lines, AttendanceService attendance, long sessionId,
            Runnable onAllPresent) {
        count.setId("present-count");
        count.addClassName("gk-count");
        count.getElement().setAttribute("aria-live", "polite");
        var list = new Div();
        list.addClassName("gk-attendance-list");
        list.setId("attendance-list");
        for (SheetLine line : lines) {
            var choice = new RadioButtonGroup<AttendanceStatus>(line.name());
            choice.setItems(AttendanceStatus.values());
            choice.setItemLabelGenerator(s -> getTranslation("attendance.status." + s.name()));
            choice.setValue(line.status());
            choice.setId("attendance-" + line.registrationId());
            choice.addClassName("gk-big-choice");
            choice.addValueChangeListener(e -> {
                // only a tap is saved; a change shown from another tablet is already stored
                if (e.isFromClient() && e.getValue() != null) {
                    attendance.mark(sessionId, line.registrationId(), e.getValue());
                }
                showCount();
            });
            choices.put(line.registrationId(), choice);
            var row = new Div(choice);
            row.addClassName("gk-attendance-line");
            if (line.phone() != null) {
                row.add(PhoneLink.of(line.phone(), "phone-" + line.registrationId()));
            }
            list.add(row);
        }
        var allPresent = new OnceButton(getTranslation("attendance.all-present"), e -> {
            attendance.markAllPresent(sessionId);
            onAllPresent.run();
        });
        allPresent.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
        allPresent.setId("all-present");
        showCount();
        add(new H2(getTranslation("attendance.who")), count, allPresent, list);
    }

    /** The marks as stored now (another tablet's taps, or "iedereen aanwezig"). */
    void show(SheetState state) {
        choices.forEach((registrationId, choice) -> {
            AttendanceStatus stored = state.marks().get(registrationId);
            if (!Objects.equals(choice.getValue(), stored)) {
                choice.setValue(stored);
            }
        });
        showCount();
    }

    private void showCount() {
        long present = choices.values().stream().filter(c -> c.getValue() == AttendanceStatus.PRESENT).count();
        count.setText(getTranslation("attendance.count", present, choices.size()));
    }
}
