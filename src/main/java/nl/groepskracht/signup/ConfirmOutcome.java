package nl.groepskracht.signup;

/**
 * What confirming did: a place, a place on the waiting list (with position), or nothing (expired/unknown).
 * {@code justNow}: this request took the sign-up out of PENDING (a second click did not).
 */
public record ConfirmOutcome(RegistrationStatus status, int waitlistPosition, String groupName, boolean expired,
        boolean justNow) {

    static ConfirmOutcome expired(String groupName) {
        return new ConfirmOutcome(RegistrationStatus.PENDING, 0, groupName, true, false);
    }
}
