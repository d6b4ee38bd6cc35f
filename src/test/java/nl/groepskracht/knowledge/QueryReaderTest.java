package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a search text: roles of words, quoted phrases, synonyms of the list (on stems, several words). */
class QueryReaderTest {

    static QueryReader reader(List<List<String>> groups) {
        var dictionary = new SynonymDictionary(null);
        var compiled = dictionary.compile("test", groups);
        var vocabulary = new SearchVocabulary(null, dictionary, null) {
            @Override
            Snapshot current() {
                return new Snapshot(List.of(), compiled, null);
            }
        };
        return new QueryReader(dictionary, vocabulary);
    }

    final QueryReader reader = reader(List.of(List.of("schoolverzuim", "thuiszitten", "niet naar school"),
            List.of("stiefouder", "plusouder", "bonusouder")));

    @Test
    void niet_is_kept_as_a_modifier_and_stop_words_only_count_in_the_phrase() {
        QueryPlan plan = reader.read("Kind wil niet eten");
        assertThat(plan.phrase()).containsExactly("kind", "wil", "niet", "eten");
        assertThat(plan.slots()).extracting(QueryPlan.Slot::role).containsExactly(QueryPlan.Role.CONTENT,
                QueryPlan.Role.STOP, QueryPlan.Role.MODIFIER, QueryPlan.Role.CONTENT);
    }

    @Test
    void a_synonym_of_several_words_takes_the_place_of_the_words_it_covers() {
        QueryPlan plan = reader.read("kind wil niet naar school");
        assertThat(plan.slots()).hasSize(3);
        assertThat(plan.slots().get(2).alternatives()).extracting(QueryPlan.Alternative::text)
                .containsExactly("niet naar school", "schoolverzuim", "thuiszitten");
    }

    @Test
    void synonyms_match_other_forms_of_a_word() {
        QueryPlan plan = reader.read("plusouders");
        assertThat(plan.slots().getFirst().alternatives()).extracting(QueryPlan.Alternative::text)
                .containsExactly("plusouders", "stiefouder", "bonusouder");
    }

    @Test
    void quoted_phrases_are_kept_apart() {
        QueryPlan plan = reader.read("\"ouders delen\" ervaringen");
        assertThat(plan.quoted()).containsExactly("ouders delen");
        assertThat(plan.phrase()).containsExactly("ervaringen");
        assertThat(reader.read("\"ouders delen ervaringen\"").slots()).isEmpty();
    }
}
