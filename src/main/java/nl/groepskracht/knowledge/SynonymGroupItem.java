package nl.groepskracht.knowledge;

import java.util.List;

/** One group of words that mean the same, as the synonym list shows it. */
public record SynonymGroupItem(long id, List<String> words) {

    public String text() {
        return String.join(", ", words);
    }
}
