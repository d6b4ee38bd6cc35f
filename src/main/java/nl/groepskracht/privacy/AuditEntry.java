package nl.groepskracht.privacy;

import java.time.Instant;

public record AuditEntry(long id, Instant at, String actor, AuditAction action, Long groupId, Long registrationId,
        String detail) {
}
