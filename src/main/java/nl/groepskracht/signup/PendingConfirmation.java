package nl.groepskracht.signup;

/**
 * What the confirm page shows: before the parent presses "Bevestig aanmelding" whose sign-up it is;
 * afterwards the outcome with the coming dates, the address, the contact person and the waiting-list
 * position; for a sign-up that ended or expired, whether the group still takes sign-ups (the way on).
 */
public record PendingConfirmation(GroupFacts group, String parentName, RegistrationStatus status, boolean expired,
        int waitlistPosition, boolean groupTakesSignups) {

    public String groupName() {
        return group.name();
    }
}
