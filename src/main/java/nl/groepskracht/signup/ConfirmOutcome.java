package nl.groepskracht.signup;

/** What confirming did: a place, a place on the waiting list (with position), or nothing (expired/unknown). */
public record ConfirmOutcome(RegistrationStatus status, int waitlistPosition, String groupName, boolean expired) {

    static ConfirmOutcome expired(String groupName) {
        return new ConfirmOutcome(RegistrationStatus.PENDING, 0, groupName, true);
    }
}
