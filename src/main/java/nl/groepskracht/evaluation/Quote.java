package nl.groepskracht.evaluation;

/** A parent's words the adviseur chose for the report, with the theme they speak about; never with a name. */
public record Quote(long themeId, OpenField field, String text) {
}
