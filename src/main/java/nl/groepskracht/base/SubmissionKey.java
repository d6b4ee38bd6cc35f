package nl.groepskracht.base;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * The identity of one filled-in form: made when the form opens and carried by its bean, so that
 * every click on its "Opslaan" (and every resent request) names the same submission.
 * {@link Submissions#once} turns that into "created once".
 */
public record SubmissionKey(UUID value) {

    public static SubmissionKey fresh() {
        return new SubmissionKey(UUID.randomUUID());
    }

    byte[] bytes() {
        return ByteBuffer.allocate(16).putLong(value.getMostSignificantBits())
                .putLong(value.getLeastSignificantBits()).array();
    }
}
