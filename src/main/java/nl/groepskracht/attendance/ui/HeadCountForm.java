package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceViews.Sheet;
import nl.groepskracht.attendance.HeadCount;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.Toasts;

/** A walk-in session's head count: adults, children and first-timers; refused numbers are shown at the field. */
class HeadCountForm extends FormLayout {

    private final IntegerField adults = field("attendance.adults", "adults");
    private final IntegerField children = field("attendance.children", "children");
    private final IntegerField firstTimers = field("attendance.first-timers", "first-timers");

    HeadCountForm(Sheet sheet, AttendanceService attendance, long sessionId) {
        HeadCount count = sheet.headCount();
        if (count != null) {
            adults.setValue(count.adults());
            children.setValue(count.children());
            firstTimers.setValue(count.firstTimers());
        }
        var save = new Button(getTranslation("action.save"), e -> {
            Map.of("adults", adults, "children", children, "firstTimers", firstTimers).values()
                    .forEach(f -> f.setInvalid(false));
            try {
                attendance.saveHeadCount(sessionId, new HeadCount(orZero(adults), orZero(children),
                        orZero(firstTimers)));
                Toasts.saved();
            } catch (FieldValidationException refused) {
                IntegerField field = Map.of("adults", adults, "children", children, "firstTimers", firstTimers)
                        .getOrDefault(refused.field(), adults);
                field.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                field.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-head-count");
        add(adults, children, firstTimers, save);
    }

    private IntegerField field(String labelKey, String id) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setStepButtonsVisible(true);
        field.setMin(0);
        field.setId(id);
        return field;
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
