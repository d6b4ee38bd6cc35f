package nl.groepskracht.security;

/** A professional as other modules see them: enough to name, invite and check them. */
public record Professional(long id, String name, String email, Role role) {
}
