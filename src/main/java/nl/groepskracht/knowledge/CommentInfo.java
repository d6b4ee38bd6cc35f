package nl.groepskracht.knowledge;

import java.time.Instant;

public record CommentInfo(long id, String authorName, String text, Instant createdAt) {
}
