package nl.groepskracht.signup;

/** A parent with a place, as the attendance sheet lists them. */
public record RosterEntry(long registrationId, String name) {
}
