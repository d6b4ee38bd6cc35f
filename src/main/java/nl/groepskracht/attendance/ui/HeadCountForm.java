package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.HeadCount;
import nl.groepskracht.base.FieldValidationException;

/**
 * A walk-in session's head count: adults, children and first-timers, each saved at every tap (or when
 * a typed number is left), like the rest of the sheet: nothing is lost when the facilitator walks
 * away. Taps on two tablets add up; a refused number is shown at its field and the stored one comes back.
 */
class HeadCountForm extends FormLayout {

    private final Map<HeadCount.Part, IntegerField> fields = new EnumMap<>(HeadCount.Part.class);

    HeadCountForm(HeadCount stored, AttendanceService attendance, long sessionId) {
        field(HeadCount.Part.ADULTS, "attendance.adults", "adults");
        field(HeadCount.Part.CHILDREN, "attendance.children", "children");
        field(HeadCount.Part.FIRST_TIMERS, "attendance.first-timers", "first-timers");
        show(stored);
        fields.forEach((part, field) -> field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            fields.values().forEach(f -> f.setInvalid(false));
            int from = e.getOldValue() == null ? 0 : e.getOldValue();
            try {
                show(attendance.countOne(sessionId, part, from, e.getValue() == null ? 0 : e.getValue()));
            } catch (FieldValidationException refused) {
                show(attendance.state(sessionId).headCount());
                IntegerField at = java.util.Arrays.stream(HeadCount.Part.values())
                        .filter(p -> p.field().equals(refused.field())).findFirst().map(fields::get).orElse(field);
                at.setErrorMessage(getTranslation(refused.messageKey(), refused.args()));
                at.setInvalid(true);
            }
        }));
        add(fields.values().toArray(IntegerField[]::new));
        setId("head-count");
    }

    /** The count as stored now (also another tablet's taps); a field being typed in is left alone. */
    void show(HeadCount stored) {
        HeadCount count = stored == null ? new HeadCount(0, 0, 0) : stored;
        fields.forEach((part, field) -> {
            if (!Objects.equals(field.getValue(), count.get(part))) {
                field.setValue(count.get(part));
            }
        });
    }

    private void field(HeadCount.Part part, String labelKey, String id) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setStepButtonsVisible(true);
        field.setMin(0);
        // the service decides what is refused (and says why); the stored number comes back
        field.setManualValidation(true);
        field.setId(id);
        field.addClassName("gk-head-count");
        fields.put(part, field);
    }
}
