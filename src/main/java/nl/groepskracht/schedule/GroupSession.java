package nl.groepskracht.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.groepskracht.base.AbstractEntity;
import nl.groepskracht.base.AppZone;

@Entity
@Table(name = "group_session")
class GroupSession extends AbstractEntity {

    @Column(name = "group_id")
    private long groupId;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String location;
    private String topic;
    @Enumerated(EnumType.STRING)
    private SessionStatus status = SessionStatus.PLANNED;
    private int sequence;
    @Column(name = "cancel_reason")
    private String cancelReason;

    protected GroupSession() {
    }

    GroupSession(long groupId, TimeSlot slot, String location, String topic) {
        this.groupId = groupId;
        this.startsAt = slot.start().toInstant();
        this.endsAt = slot.end().toInstant();
        this.location = location.strip();
        this.topic = blankToNull(topic);
    }

    /**
     * Applies a change. Returns whether calendars must apply it (another time or place: the SEQUENCE
     * rises); the topic is for the facilitators only and a save without a visible change is no news.
     */
    boolean change(TimeSlot slot, String newLocation, String newTopic) {
        topic = blankToNull(newTopic);
        boolean visible = !startsAt.equals(slot.start().toInstant()) || !endsAt.equals(slot.end().toInstant())
                || !location.equals(newLocation.strip());
        if (visible) {
            startsAt = slot.start().toInstant();
            endsAt = slot.end().toInstant();
            location = newLocation.strip();
            sequence++;
        }
        return visible;
    }

    void cancel(String reason) {
        status = SessionStatus.CANCELLED;
        cancelReason = blankToNull(reason);
        sequence++;
    }

    long getGroupId() {
        return groupId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    SessionStatus getStatus() {
        return status;
    }

    SessionInfo toInfo(String uidDomain) {
        return new SessionInfo(getId(), groupId, startsAt.atZone(AppZone.ID), endsAt.atZone(AppZone.ID), location,
                topic, status, sequence, "session-" + getId() + "@" + uidDomain, cancelReason);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
