package nl.groepskracht.knowledge;

/**
 * The title and one-line summary of a knowledge item with its theme: e.g. a werkzaam element listed in the
 * impact report.
 */
public record ThemedTitle(long themeId, String title, String summary) {
}
