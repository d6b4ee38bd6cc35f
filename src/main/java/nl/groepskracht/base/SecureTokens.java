package nl.groepskracht.base;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for links that act as a key (feeds, confirmation and personal links). */
public final class SecureTokens {

    /** 32 random bytes, URL-safe Base64 without padding. */
    public static final int LENGTH = 43;
    private static final SecureRandom random = new SecureRandom();

    private SecureTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored of a token: its SHA-256 hash (the token itself is only in the link). */
    public static byte[] hash(String token) {
        return EmailAddresses.sha256(token);
    }

    public static boolean looksValid(String token) {
        return token != null && token.length() == LENGTH && token.matches("[A-Za-z0-9_-]+");
    }
}
