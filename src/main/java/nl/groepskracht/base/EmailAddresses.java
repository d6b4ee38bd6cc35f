package nl.groepskracht.base;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * E-mail addresses are compared without case and surrounding spaces. Where only "the same address
 * again?" matters (duplicate sign-ups, reminders sent), a SHA-256 hash of the normalised address is
 * kept instead of the address itself.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static byte[] hash(String email) {
        return sha256(normalise(email));
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
