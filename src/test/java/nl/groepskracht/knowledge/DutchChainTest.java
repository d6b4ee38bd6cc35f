package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The analysis chain on its own: what the index makes of Dutch words. */
class DutchChainTest {

    static final Analyzer DUTCH = DutchChain.analyzer(DutchChain.dutch(true));
    static final Analyzer WHOLE = DutchChain.analyzer(DutchChain.dutch(false));

    @Test
    void a_compound_is_read_with_its_parts_but_not_with_false_friends() {
        assertThat(DutchChain.terms(DUTCH, "echtscheidingsproblematiek")).contains("scheid", "problematiek");
        assertThat(DutchChain.terms(DUTCH, "frisdrank")).contains("frisdrank", "drank");
        assertThat(DutchChain.terms(WHOLE, "frisdrank")).containsExactly("frisdrank");
        assertThat(DutchChain.terms(DUTCH, "opvoeding")).doesNotContain("voeding");
        assertThat(DutchChain.terms(DUTCH, "herkenning")).doesNotContain("erkenning", "erken");
    }

    @Test
    void forms_the_stemmer_does_not_join_get_one_stem() {
        for (String[] pair : new String[][] {{"kind", "kinderen"}, {"thuiszitter", "thuiszitten"},
            {"dreumes", "dreumesjes"}, {"scheiding", "scheiden"}, {"vader", "vaders"}}) {
            assertThat(DutchChain.terms(WHOLE, pair[0])).as(pair[0]).isEqualTo(DutchChain.terms(WHOLE, pair[1]));
        }
        assertThat(DutchChain.terms(WHOLE, "gescheiden")).contains("scheid");
    }

    @Test
    void stop_words_stay_in_the_index() {
        assertThat(DutchChain.terms(WHOLE, "niet naar school")).hasSize(3);
    }
}
