package nl.groepskracht.knowledge;

import java.time.Instant;

/** An attachment as the item page lists it. */
public record AttachmentInfo(long id, String fileName, String mediaType, long sizeBytes, String sha256,
        Instant uploadedAt) {
}
