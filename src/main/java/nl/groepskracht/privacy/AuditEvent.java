package nl.groepskracht.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "group_id")
    private Long groupId;
    @Column(name = "registration_id")
    private Long registrationId;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, AuditAction action, Long groupId, Long registrationId, String detail) {
        this.registrationId = registrationId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.groupId = groupId;
        this.detail = detail;
    }

    String getActor() {
        return actor;
    }

    Long getGroupId() {
        return groupId;
    }

    AuditEntry toEntry(Map<String, String> actorNames, Map<Long, String> groupNames) {
        return new AuditEntry(id, at, actor, action, groupId, registrationId, detail, actorNames.get(actor),
                groupId == null ? null : groupNames.get(groupId));
    }
}
