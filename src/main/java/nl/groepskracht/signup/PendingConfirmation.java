package nl.groepskracht.signup;

import java.util.List;
import nl.groepskracht.schedule.SessionInfo;

/**
 * What the confirm page shows: before the parent presses "Bevestig aanmelding" whose sign-up it is;
 * afterwards the outcome with the coming dates, the address and the waiting-list position.
 */
public record PendingConfirmation(String groupName, String parentName, RegistrationStatus status, boolean expired,
        String location, List<SessionInfo> coming, int waitlistPosition) {
}
