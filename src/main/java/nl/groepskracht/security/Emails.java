package nl.groepskracht.security;

import java.util.Locale;

final class Emails {

    private Emails() {
    }

    /** E-mail addresses are compared without case and surrounding spaces. */
    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
