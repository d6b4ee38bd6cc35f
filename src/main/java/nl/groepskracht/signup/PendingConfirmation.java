package nl.groepskracht.signup;

/** What the confirm page shows before the parent presses "Bevestig aanmelding". */
public record PendingConfirmation(String groupName, String parentName, RegistrationStatus status, boolean expired) {
}
