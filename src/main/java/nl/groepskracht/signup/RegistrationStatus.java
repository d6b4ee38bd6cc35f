package nl.groepskracht.signup;

/** PENDING until the parent confirms by e-mail; then CONFIRMED (a place) or WAITLISTED; CANCELLED at the end. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, CANCELLED
}
