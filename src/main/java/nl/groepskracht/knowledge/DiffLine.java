package nl.groepskracht.knowledge;

/** One line of a comparison between two versions. */
public record DiffLine(Change change, String text) {

    public enum Change {
        SAME, ADDED, REMOVED
    }
}
