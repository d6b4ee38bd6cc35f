package nl.groepskracht.signup;

/** A parent with a place, as the attendance sheet lists them: a tap on the phone number calls them. */
public record RosterEntry(long registrationId, String name, String phone) {
}
