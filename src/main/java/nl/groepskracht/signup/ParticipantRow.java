package nl.groepskracht.signup;

import java.time.Instant;

/** A parent in the facilitator's participants list. */
public record ParticipantRow(long registrationId, String name, String email, String phone, String language,
        Integer childrenCount, ChildrenAges childrenAges, RegistrationStatus status, int waitlistPosition,
        Instant consentAt, String consentBy) {
}
