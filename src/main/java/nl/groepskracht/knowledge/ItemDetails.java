package nl.groepskracht.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An item as its page shows it; {@code html} is the rendered, sanitised body and {@code editable}
 * tells whether the signed-in professional may change it (its author or the adviseur).
 */
public record ItemDetails(long id, String title, String summary, String body, String html, KnowledgeKind kind,
        long themeId, Long wijkId, Long groupId, Set<String> tags, String licenceNote, String authorName,
        Instant createdAt, Instant updatedAt, int revision, List<AttachmentInfo> attachments, boolean editable) {
}
