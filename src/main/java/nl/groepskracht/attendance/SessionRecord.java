package nl.groepskracht.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Per session: the head count of a walk-in group and the facilitators' short note. */
@Entity
@Table(name = "session_record")
class SessionRecord {

    static final int NOTE_MAX = 2000;

    @Id
    @Column(name = "session_id")
    private Long sessionId;
    private Integer adults;
    private Integer children;
    @Column(name = "first_timers")
    private Integer firstTimers;
    private String note;
    @Column(name = "note_version")
    private int noteVersion;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected SessionRecord() {
    }

    SessionRecord(long sessionId) {
        this.sessionId = sessionId;
    }

    void count(HeadCount count, Instant now, String by) {
        adults = count.adults();
        children = count.children();
        firstTimers = count.firstTimers();
        touched(now, by);
    }

    /** The note as written on version {@code readVersion}; refused when another save came in between. */
    void note(String text, int readVersion, Instant now, String by) {
        if (readVersion != noteVersion) {
            throw new NoteConflict(note, noteVersion);
        }
        note = text == null || text.isBlank() ? null : text.strip();
        noteVersion++;
        touched(now, by);
    }

    int getNoteVersion() {
        return noteVersion;
    }

    private void touched(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    HeadCount headCount() {
        return adults == null ? null : new HeadCount(adults, children, firstTimers);
    }

    String getNote() {
        return note;
    }

    long getSessionId() {
        return sessionId;
    }
}
