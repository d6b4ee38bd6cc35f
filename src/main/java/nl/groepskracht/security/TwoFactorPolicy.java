package nl.groepskracht.security;

import nl.groepskracht.base.AccessRule;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a role signs in with a second factor: {@code required} (set up at the next sign-in, asked
 * at every sign-in), {@code optional} (asked once a professional set it up themselves) or {@code off}.
 * Every role of the portal sees parents' data (facilitators their lists, the administrator the outbox,
 * the adviseur the open answers of evaluations), so all three are {@code required} unless configured
 * otherwise: {@code groepskracht.security.two-factor.mode} for every role, or per role
 * {@code groepskracht.security.two-factor.facilitator|adviseur|admin}.
 */
@AccessRule("anyone: the configured rule per role (no data)")
@Component
public class TwoFactorPolicy {

    /** How a role uses the second factor. */
    public enum Mode {
        REQUIRED, OPTIONAL, OFF
    }

    private final Mode facilitator;
    private final Mode adviseur;
    private final Mode admin;
    private final Duration rememberDevice;

    TwoFactorPolicy(@Value("${groepskracht.security.two-factor.facilitator:${groepskracht.security.two-factor.mode:required}}") String facilitator,
            @Value("${groepskracht.security.two-factor.adviseur:${groepskracht.security.two-factor.mode:required}}") String adviseur,
            @Value("${groepskracht.security.two-factor.admin:${groepskracht.security.two-factor.mode:required}}") String admin,
            @Value("${groepskracht.security.two-factor.remember-device:30d}") Duration rememberDevice) {
        this.facilitator = mode(facilitator);
        this.adviseur = mode(adviseur);
        this.admin = mode(admin);
        this.rememberDevice = rememberDevice;
    }

    public Mode modeFor(Role role) {
        return switch (role) {
            case FACILITATOR -> facilitator;
            case ADVISEUR -> adviseur;
            case ADMIN -> admin;
        };
    }

    /** How long "remember this device" spares the code on one device. */
    Duration rememberDevice() {
        return rememberDevice;
    }

    /** The same in days, for the page that offers it. */
    public long rememberDeviceDays() {
        return rememberDevice.toDays();
    }

    private static Mode mode(String configured) {
        return Mode.valueOf(configured.strip().toUpperCase(Locale.ROOT));
    }
}
