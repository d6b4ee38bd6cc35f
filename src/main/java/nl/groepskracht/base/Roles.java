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

    /*
     * Service guards ({@code @PreAuthorize}). They ask the account as it is NOW (the security module's
     * {@code currentAccount} bean reads it from the database), not the roles remembered at login: a
     * deactivated account or a changed role counts at the very next call. Views use
     * {@code @RolesAllowed} with the names above; a session whose account changed is ended.
     */
    public static final String ACTIVE = "@currentAccount.isActive()";
    public static final String ONLY_FACILITATOR = "@currentAccount.hasRole('FACILITATOR')";
    public static final String ONLY_ADMIN = "@currentAccount.hasRole('ADMIN')";
    public static final String ADVISEUR_OR_ADMIN = "@currentAccount.hasAnyRole('ADVISEUR', 'ADMIN')";

    private Roles() {
    }
}
