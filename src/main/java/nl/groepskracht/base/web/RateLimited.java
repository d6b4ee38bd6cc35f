package nl.groepskracht.base.web;

/**
 * A request the public pages' rate limit refused: it is forwarded to the polite "too many" page,
 * which the security chain then shows without asking for a CSRF token (a flood need not carry one).
 */
public final class RateLimited {

    public static final String ATTRIBUTE = "groepskracht.tooManyRequests";

    private RateLimited() {
    }
}
