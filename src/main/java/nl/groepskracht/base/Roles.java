package nl.groepskracht.base;

/**
 * Role names as used in {@code @RolesAllowed} on views and in service guards. They live in the
 * base module so that every feature can guard its services without depending on the security
 * module (which depends on them).
 */
public final class Roles {

    public static final String FACILITATOR = "FACILITATOR";
    public static final String ADVISEUR = "ADVISEUR";
    public static final String ADMIN = "ADMIN";

    /** Service guards ({@code @PreAuthorize}); views use {@code @RolesAllowed} with the names above. */
    public static final String ONLY_ADMIN = "hasRole('ADMIN')";
    public static final String ADVISEUR_OR_ADMIN = "hasAnyRole('ADVISEUR', 'ADMIN')";

    private Roles() {
    }
}
