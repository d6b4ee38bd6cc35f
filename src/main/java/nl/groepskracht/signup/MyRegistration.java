package nl.groepskracht.signup;

import java.time.Instant;
import java.util.List;

/** One line of "Mijn aanmeldingen". */
public record MyRegistration(long id, long groupId, String groupName, RegistrationStatus status, int waitlistPosition,
        Instant consentAt, List<ComingSession> coming) {

    public boolean cancellable() {
        return status != RegistrationStatus.CANCELLED;
    }
}
