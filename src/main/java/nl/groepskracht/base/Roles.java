package nl.groepskracht.base;

/**
 * Role names as used in {@code @RolesAllowed}. They live in the base module so that every feature
 * can guard its services without depending on the security module (which depends on them).
 */
public final class Roles {

    public static final String FACILITATOR = "FACILITATOR";
    public static final String ADVISEUR = "ADVISEUR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
