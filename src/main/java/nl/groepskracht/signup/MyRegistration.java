package nl.groepskracht.signup;

import java.time.Instant;

/** One line of "Mijn aanmeldingen". */
public record MyRegistration(long id, long groupId, String groupName, RegistrationStatus status, int waitlistPosition,
        Instant consentAt) {

    public boolean cancellable() {
        return status != RegistrationStatus.CANCELLED;
    }
}
