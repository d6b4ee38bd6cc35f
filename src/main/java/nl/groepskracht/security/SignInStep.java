package nl.groepskracht.security;

/**
 * What a professional still has to do after the password (or the organisation's sign-in) before the
 * portal opens, in this order. Until then the session has no role: every page but the step's own
 * sends there ({@link SignInGate}) and every service refuses ({@link SignedInAccount}).
 */
public enum SignInStep {

    /** Type the code of the authenticator app (or a recovery code). */
    SECOND_FACTOR("tweestaps"),
    /** Replace a password an administrator made with one's own. */
    OWN_PASSWORD("wachtwoord"),
    /** Set up the authenticator app: the role requires a second factor and none is set up yet. */
    ENROL_SECOND_FACTOR("tweestaps/instellen");

    private final String route;

    SignInStep(String route) {
        this.route = route;
    }

    /** The portal route (without a leading slash) where this step is done. */
    public String route() {
        return route;
    }
}
