package nl.groepskracht.base;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Gives an unexpected error a short id that the person sees and the log records. */
public final class ErrorIds {

    private static final Logger log = LoggerFactory.getLogger(ErrorIds.class);
    private static final SecureRandom random = new SecureRandom();

    private ErrorIds() {
    }

    public static String logUnexpected(Throwable error) {
        byte[] bytes = new byte[4];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes).toUpperCase();
        log.error("Unexpected error {}", id, error);
        return id;
    }
}
