package nl.groepskracht.knowledge;

/** For an empty result: how many items the search finds without this one filter. */
public record FilterSuggestion(String filter, long hits) {
}
