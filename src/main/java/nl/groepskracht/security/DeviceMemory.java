package nl.groepskracht.security;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import nl.groepskracht.base.PortalSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Remember this device for 30 days": a cookie that spares the code at the next sign-ins with the
 * password on this device. It names the account and when it was given, and is signed with the portal
 * secret (HMAC-SHA256), so it cannot be made or changed. It stops counting when it is older than
 * {@code remember-device}, and when the professional forgets their devices, sets up the factor again or
 * an administrator resets it ({@code second_factor.devices_valid_from}): revocable without a list of devices.
 */
@Component
class DeviceMemory {

    static final String COOKIE = "gk-device";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private final PortalSecret secret;
    private final TwoFactorPolicy policy;
    private final Clock clock;
    private final boolean secure;

    DeviceMemory(PortalSecret secret, TwoFactorPolicy policy, Clock clock,
            @Value("${groepskracht.public-url}") String publicUrl) {
        this.secret = secret;
        this.policy = policy;
        this.clock = clock;
        this.secure = publicUrl.startsWith("https:");
    }

    /** A cookie that remembers this device for the account from now on. */
    Cookie remember(long accountId) {
        String payload = accountId + "." + clock.instant().toEpochMilli();
        var cookie = new Cookie(COOKIE, payload + "." + signature(payload));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setMaxAge((int) policy.rememberDevice().toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** Whether the cookie's value remembers this device for the account, given since {@code validFrom}. */
    boolean remembers(String value, long accountId, Instant validFrom) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3 || !MessageDigest.isEqual(signature(parts[0] + "." + parts[1])
                .getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            Instant given = Instant.ofEpochMilli(Long.parseLong(parts[1]));
            return Long.parseLong(parts[0]) == accountId
                    && !given.isBefore(validFrom.truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
                    && given.plus(policy.rememberDevice()).isAfter(clock.instant());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String signature(String payload) {
        return ENCODE.encodeToString(secret.sign("remember-device", payload));
    }
}
