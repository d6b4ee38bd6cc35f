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

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String actor;
    @Column(name = "actor_account_id")
    private Long actorAccountId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "group_id")
    private Long groupId;
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "subject_account_id")
    private Long subjectAccountId;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String actor, Long actorAccountId, AuditAction action, Long groupId, Long registrationId,
            Long subjectAccountId, String detail) {
        this.at = at;
        this.actor = actor;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.groupId = groupId;
        this.registrationId = registrationId;
        this.subjectAccountId = subjectAccountId;
        this.detail = detail;
    }

    String getActor() {
        return actor;
    }

    Long getGroupId() {
        return groupId;
    }

    Long getSubjectAccountId() {
        return subjectAccountId;
    }

    AuditEntry toEntry(AuditNameBook names) {
        return new AuditEntry(id, at, actor, actorAccountId, action, groupId, registrationId, subjectAccountId,
                detail, names.actor(actor), groupId == null ? null : names.group(groupId),
                subjectAccountId == null ? null : names.account(subjectAccountId));
    }
}
