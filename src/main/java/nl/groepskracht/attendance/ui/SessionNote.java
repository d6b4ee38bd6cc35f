package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceViews.Sheet;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.Toasts;

/** The session's short note, saved when the field is left; a refused text is shown at the field. */
class SessionNote extends TextArea {

    SessionNote(Sheet sheet, AttendanceService attendance, long sessionId) {
        setLabel(getTranslation("attendance.note"));
        setId("session-note");
        setWidthFull();
        setMaxLength(2000);
        setValue(sheet.note() == null ? "" : sheet.note());
        setHelperText(getTranslation("attendance.note.help"));
        setValueChangeMode(ValueChangeMode.ON_BLUR);
        addValueChangeListener(e -> {
            try {
                attendance.saveNote(sessionId, e.getValue());
                setInvalid(false);
                Toasts.saved();
            } catch (FieldValidationException refused) {
                setErrorMessage(getTranslation(refused.messageKey()));
                setInvalid(true);
            }
        });
    }
}
