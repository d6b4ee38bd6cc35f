package nl.groepskracht.security;

import java.net.URI;

/**
 * The portal's Content-Security-Policy. Vaadin Flow needs inline scripts (its bootstrap page) and
 * {@code eval} (it runs the server's JavaScript calls as functions), and inline styles (Lumo and its
 * components); everything else is narrowed to the portal itself: no plug-ins, no other site's scripts,
 * images, fonts or frames, forms only to the portal, and connections only back to it — also Vaadin's
 * server push over a WebSocket ({@code ws:}/{@code wss:} of the public address).
 */
final class PortalPolicy {

    private PortalPolicy() {
    }

    static String contentSecurityPolicy(String publicUrl) {
        URI address = URI.create(publicUrl);
        String socket = ("https".equals(address.getScheme()) ? "wss://" : "ws://") + address.getAuthority();
        return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' " + socket + "; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    }

    /**
     * The login page is plain HTML where passwords are typed: scripts only as files of the portal's own (its one
     * script sends the form once), never inline or evaluated; styles and images only from the portal, its form only
     * to the portal, no connection anywhere.
     */
    static String loginPagePolicy() {
        return "default-src 'self'; script-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'self'";
    }
}
