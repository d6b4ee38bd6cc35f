package nl.groepskracht.knowledge;

/** The text of one version, to read or compare. */
public record VersionText(int number, String title, String summary, String body, String tags) {

    /** Everything a reader compares, as lines (for the diff). */
    String asDocument() {
        return "# " + title + "\n\n" + summary + "\n\n" + body + "\n\n" + tags;
    }
}
