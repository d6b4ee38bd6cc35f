package nl.groepskracht.attendance.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.NoteConflict;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.CharacterCounter;
import nl.groepskracht.base.ui.OnceButton;
import nl.groepskracht.base.ui.Toasts;

/**
 * The session's short note, saved when the field is left, on the version of the note this tablet
 * showed. Written meanwhile on another tablet: while nobody types here the new text simply appears;
 * a save over it is refused, and the other text is shown beside one's own, with "keep mine" and
 * "take that one" — neither text is lost without the facilitator choosing.
 */
class SessionNote extends Div {

    private final TextArea text = new TextArea(getTranslation("attendance.note"));
    private final Div conflict = new Div();
    private final AttendanceService attendance;
    private final long sessionId;
    private int version;
    private boolean typing;

    SessionNote(String note, int version, AttendanceService attendance, long sessionId) {
        this.attendance = attendance;
        this.sessionId = sessionId;
        this.version = version;
        setWidthFull();
        text.setId("session-note");
        text.setWidthFull();
        text.setValue(note == null ? "" : note);
        text.setHelperText(getTranslation("attendance.note.help"));
        CharacterCounter.attach(text, 2000);
        text.setValueChangeMode(ValueChangeMode.ON_BLUR);
        text.addFocusListener(e -> typing = true);
        text.addBlurListener(e -> typing = false);
        text.addValueChangeListener(e -> {
            // while a conflict is open the facilitator chooses which text stays (the buttons below)
            if (e.isFromClient() && !conflict.isVisible()) {
                save(e.getValue(), this.version);
            }
        });
        conflict.setId("note-conflict");
        conflict.addClassName("gk-note-conflict");
        conflict.setVisible(false);
        add(text, conflict);
    }

    /** The note as stored now; it replaces the field only while nobody is typing in it. */
    void show(String stored, int storedVersion) {
        // someone typing here, deciding about a conflict, or with a refused text keeps what they have:
        // their save will meet the other version and be told
        if (storedVersion == version || typing || conflict.isVisible() || text.isInvalid()) {
            return;
        }
        text.setValue(stored == null ? "" : stored);
        version = storedVersion;
    }

    private void save(String note, int readVersion) {
        try {
            version = attendance.saveNote(sessionId, note, readVersion);
            text.setInvalid(false);
            conflict.setVisible(false);
            Toasts.saved();
        } catch (NoteConflict other) {
            showConflict(other);
        } catch (FieldValidationException refused) {
            text.setErrorMessage(getTranslation(refused.messageKey()));
            text.setInvalid(true);
        }
    }

    private void showConflict(NoteConflict other) {
        text.setErrorMessage(getTranslation("attendance.note.conflict"));
        text.setInvalid(true);
        conflict.removeAll();
        var theirs = new Paragraph(other.currentNote() == null ? "" : other.currentNote());
        theirs.setId("note-other-text");
        theirs.addClassName("gk-note-other");
        var keepMine = new OnceButton(getTranslation("attendance.note.keep-mine"),
                () -> save(text.getValue(), other.currentVersion()));
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.setId("note-keep-mine");
        var takeTheirs = new OnceButton(getTranslation("attendance.note.take-theirs"), () -> {
            text.setValue(other.currentNote() == null ? "" : other.currentNote());
            version = other.currentVersion();
            text.setInvalid(false);
            conflict.setVisible(false);
        });
        takeTheirs.setId("note-take-theirs");
        conflict.add(new Paragraph(getTranslation("attendance.note.other")), theirs, keepMine, takeTheirs);
        conflict.setVisible(true);
    }
}
