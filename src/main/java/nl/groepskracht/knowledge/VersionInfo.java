package nl.groepskracht.knowledge;

import java.time.Instant;

/** One saved version: who saved it when; {@code restoredFrom} when it brought back an older one. */
public record VersionInfo(int number, String editorName, Instant editedAt, Integer restoredFrom) {
}
