package nl.groepskracht.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/** Whether one parent was at one session; saved on every tap, so nothing is lost when a tablet sleeps. */
@Entity
class Attendance {

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected Attendance() {
    }

    Attendance(long sessionId, long registrationId) {
        this.key = new Key(sessionId, registrationId);
    }

    /** Returns the status it had before (null when new). */
    AttendanceStatus mark(AttendanceStatus next, Instant now, String by) {
        AttendanceStatus before = status;
        status = next;
        updatedAt = now;
        updatedBy = by;
        return before;
    }

    long registrationId() {
        return key.registrationId;
    }

    long sessionId() {
        return key.sessionId;
    }

    AttendanceStatus getStatus() {
        return status;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    @Embeddable
    record Key(@Column(name = "session_id") long sessionId, @Column(name = "registration_id") long registrationId)
            implements Serializable {
    }
}
