package nl.groepskracht.security;

import java.nio.charset.StandardCharsets;
import nl.groepskracht.base.FieldValidationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a password a professional chooses must be: at least {@value #MIN_LENGTH} characters (the portal
 * holds parents' personal data behind one factor), at most 72 bytes (all BCrypt reads), and not the
 * password it replaces. Refusals name the field {@code password}.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    private static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    static void check(String chosen, String currentHash, PasswordEncoder encoder) {
        if (chosen == null || chosen.strip().length() < MIN_LENGTH) {
            throw new FieldValidationException("password", "password.too-short", MIN_LENGTH);
        }
        if (chosen.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new FieldValidationException("password", "password.too-long");
        }
        if (encoder.matches(chosen, currentHash)) {
            throw new FieldValidationException("password", "password.same-as-old");
        }
    }
}
