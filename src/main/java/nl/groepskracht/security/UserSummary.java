package nl.groepskracht.security;

/** A user account as lists show it; never carries the password hash. */
public record UserSummary(long id, String email, String displayName, Long organisationId, Role role,
        boolean active, boolean locked) {
}
