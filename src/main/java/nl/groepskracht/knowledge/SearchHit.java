package nl.groepskracht.knowledge;

import java.time.Instant;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are escaped text with the matched words in
 * {@code <mark>}; {@code foundInAttachment} names the attachment the words were found in, if that
 * is where they were.
 */
public record SearchHit(long id, String titleHtml, String snippetHtml, KnowledgeKind kind, long themeId,
        Long wijkId, Instant updatedAt, String foundInAttachment) {
}
