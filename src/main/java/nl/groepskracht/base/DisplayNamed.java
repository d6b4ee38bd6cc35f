package nl.groepskracht.base;

import com.vaadin.flow.spring.security.AuthenticationContext;

/** A signed-in person with a name to greet them by (the security module's principal is one). */
public interface DisplayNamed {

    String displayName();

    /** The signed-in person's name, or their login name when the principal carries none. */
    static String of(AuthenticationContext auth) {
        return auth.getAuthenticatedUser(Object.class).filter(DisplayNamed.class::isInstance)
                .map(principal -> ((DisplayNamed) principal).displayName())
                .or(auth::getPrincipalName).orElse("");
    }
}
