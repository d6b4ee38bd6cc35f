package nl.groepskracht.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * TOTP codes of RFC 6238 as every authenticator app makes them (SHA-1, six digits, 30 seconds), by
 * {@code dev.samstevens.totp}, on the portal's clock. A code of the step before or after now also
 * counts (a phone's clock may be a little off); the step a code belongs to is returned so that the
 * same code cannot be used twice.
 */
@Component
class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int RECOVERY_CODES = 10;
    private static final int DIGITS = 6;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final RecoveryCodeGenerator recovery = new RecoveryCodeGenerator();
    private final Clock clock;

    TotpCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new key: 32 base-32 characters (160 bits), as RFC 4226 recommends. */
    String newSecret() {
        return secrets.generate();
    }

    /** The {@code otpauth://} address an app reads from the QR code. */
    String uri(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer("Groepskracht")
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    List<String> newRecoveryCodes() {
        return List.of(recovery.generateCodes(RECOVERY_CODES));
    }

    /** The time step this code belongs to, if it is one of now, or of a step before or after, and later than {@code usedUpTo}. */
    OptionalLong matchingStep(String secret, String code, long usedUpTo) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > usedUpTo && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of a time step (for the tests' own "authenticator app" too). */
    String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    long currentStep() {
        return clock.instant().getEpochSecond() / PERIOD_SECONDS;
    }
}
