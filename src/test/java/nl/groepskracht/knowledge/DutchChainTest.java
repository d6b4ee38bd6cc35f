package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analysis chain on its own: what the index makes of Dutch words. */
class DutchChainTest {

    static final Analyzer DUTCH = DutchChain.analyzer(DutchChain.dutch(true));

    @Test
    void print() throws IOException {
        for (String w : ("scheiding gescheiden scheiden echtscheiding echtscheidingsproblematiek kind kinderen "
                + "thuiszitter thuiszitten dreumes dreumesen zindelijk zindelijkheid vader vaders vaderavond "
                + "suikerhoudende dranken frisdrank loyaliteitsconflict loyaliteit omgangsregelingen "
                + "schoolvakanties vakantie leerplichtig leerplichtambtenaar verzuimen verzuim plusouder stiefouders "
                + "peuters peuter overgewicht obesitas niet naar school opvoeding voeding totaal weten").split(" ")) {
            System.out.println("STEM " + w + " -> " + terms(DUTCH, w));
        }
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
