package nl.groepskracht.attendance;

import nl.groepskracht.base.FieldValidationException;

/**
 * The note was changed on another device since this one read it: the save is refused, and the person
 * is shown the other text (and its version, to save over it knowingly).
 */
public class NoteConflict extends FieldValidationException {

    private final transient String currentNote;
    private final int currentVersion;

    NoteConflict(String currentNote, int currentVersion) {
        super("note", "attendance.note.conflict");
        this.currentNote = currentNote;
        this.currentVersion = currentVersion;
    }

    public String currentNote() {
        return currentNote;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
