package nl.groepskracht.directory;

/** A wijk, organisation or theme was saved: names shown beside groups (and the offer's filters) may differ. */
public record DirectoryChanged() {
}
