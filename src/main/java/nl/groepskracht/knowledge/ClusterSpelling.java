package nl.groepskracht.knowledge;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.Search;

/**
 * The spell checker's look-up in the index when the index lives on OpenSearch: its term suggester on the
 * {@code spelling} field. The suggester is Lucene's DirectSpellChecker on the cluster, asked with the settings
 * {@link Spelling} gives it in the portal (edit distance, first letter as typed, shortest word, internal
 * distance, most alike first), so both backends propose the same words.
 */
final class ClusterSpelling {

    private final EntityManagerFactory entityManagerFactory;

    ClusterSpelling(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Whether an item holds the word in its spelling field (then nothing is to be corrected). */
    boolean indexed(String word) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(KnowledgeItem.class)
                    .where(f -> f.match().field(KnowledgeSearch.SPELLING).matching(word).skipAnalysis())
                    .totalHitCountThreshold(1).fetch(0).total().hitCountLowerBound() > 0;
        }
    }

    /** The index's words near this one, as the cluster's suggester ranks them. */
    List<SuggestWord> similar(String word, int maxEdits, int max) {
        JsonObject term = new JsonObject();
        term.addProperty("field", KnowledgeSearch.SPELLING);
        term.addProperty("suggest_mode", "missing");
        term.addProperty("max_edits", maxEdits);
        term.addProperty("prefix_length", 1);
        term.addProperty("min_word_length", Spelling.MIN_LENGTH);
        term.addProperty("sort", "score");
        term.addProperty("string_distance", "internal");
        term.addProperty("size", max);
        JsonObject spelling = new JsonObject();
        spelling.addProperty("text", word);
        spelling.add("term", term);
        JsonObject suggest = new JsonObject();
        suggest.add("gk_spelling", spelling);
        JsonObject body;
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            body = Search.session(entityManager).search(KnowledgeItem.class).extension(ElasticsearchExtension.get())
                    .where(f -> f.matchAll())
                    .requestTransformer(context -> context.body().add("suggest", suggest))
                    .fetch(0).responseBody();
        }
        List<SuggestWord> words = new ArrayList<>();
        JsonObject answers = body.getAsJsonObject("suggest");
        JsonArray entries = answers == null ? new JsonArray() : answers.getAsJsonArray("gk_spelling");
        for (JsonElement entry : entries) {
            for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                JsonObject o = option.getAsJsonObject();
                SuggestWord suggestion = new SuggestWord();
                suggestion.string = o.get("text").getAsString();
                suggestion.score = o.get("score").getAsFloat();
                suggestion.freq = o.has("freq") ? o.get("freq").getAsInt() : 0;
                words.add(suggestion);
            }
        }
        return words;
    }
}
