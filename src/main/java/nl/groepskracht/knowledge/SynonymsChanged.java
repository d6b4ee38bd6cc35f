package nl.groepskracht.knowledge;

/** The synonym list changed: a group was added, changed or deleted ({@link SearchVocabulary} reads it again). */
record SynonymsChanged() {
}
