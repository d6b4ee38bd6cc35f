package nl.groepskracht.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * The portal's own secret, kept outside the database so that a database dump alone opens nothing it
 * protects: it signs the "remember this device" cookies, encrypts the professionals' TOTP keys, and
 * keys the evaluation links so that no row joins a parent to having answered. It comes from
 * {@code groepskracht.security.secret} (the same value on every portal instance), else from the file
 * {@code <data-dir>/portal-secret}, made with 32 random bytes at the first start. Each use derives its
 * own key ({@code purpose}), so one key never serves two ends.
 */
@Component
public class PortalSecret {

    private static final Logger log = LoggerFactory.getLogger(PortalSecret.class);
    private final byte[] secret;

    PortalSecret(@Value("${groepskracht.security.secret:}") String configured,
            @Value("${groepskracht.data-dir}") Path dataDir) {
        this.secret = configured.isBlank() ? fromFile(dataDir.resolve("portal-secret"))
                : configured.getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("groepskracht.security.secret must be at least 32 characters");
        }
    }

    /** HMAC-SHA256 of the message under the key for this purpose. */
    public byte[] sign(String purpose, String message) {
        return hmac(key(purpose), message.getBytes(StandardCharsets.UTF_8));
    }

    /** Encrypts and decrypts short texts (AES-256-GCM, a random IV each time) with the key for this purpose. */
    public TextEncryptor encryptor(String purpose) {
        byte[] key = key(purpose);
        return Encryptors.delux(HexFormat.of().formatHex(key), HexFormat.of().formatHex(key, 0, 8));
    }

    private byte[] key(String purpose) {
        return hmac(secret, ("groepskracht:" + purpose).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                restrict(file);
                log.info("Made a new portal secret in {}; keep it with the backups (see README, Security)", file);
            }
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The portal secret cannot be read or made: " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays as the user's profile protects it
        }
    }
}
