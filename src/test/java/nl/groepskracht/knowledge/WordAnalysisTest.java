package nl.groepskracht.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The highlighter's analyzer, which reads each word once and replays what the chain made of it,
 * gives the chain's tokens exactly: the same terms at the same positions with the same offsets, the
 * first time a word is seen and every time after. So the marks are where the chain would put them.
 */
class WordAnalysisTest {

    @Test
    void each_word_is_read_as_the_chain_reads_it_the_first_time_and_after() throws IOException {
        List<String> texts = new ArrayList<>();
        RelevanceSet.items().forEach(item -> Stream.of(item.title(), item.summary(), item.body()).forEach(texts::add));
        var random = new DutchText(new Random(20));
        for (int i = 0; i < 200; i++) {
            texts.add(random.sentences(6));
        }
        // what the highlighter reads: values joined by its separator, compounds, "ge-" words, numbers, punctuation
        texts.add("Echtscheidingsproblematiek\u2029gescheiden ouders, 12-jarige thuiszitters; e-mail: a@b.nl ... "
                + "suikerhoudende frisdranken & één café");
        for (boolean decompound : new boolean[] {true, false}) {
            Analyzer chain = DutchChain.analyzer(DutchChain.dutch(decompound));
            Analyzer cached = new WordAnalysis(DutchChain.dutch(decompound));
            for (int pass = 0; pass < 2; pass++) {
                for (String text : texts) {
                    assertThat(tokens(cached, text)).as(text).isEqualTo(tokens(chain, text));
                }
            }
        }
    }

    /** Each token as term, position and offsets. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position + ":" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            tokens.add("end:" + offset.endOffset());
        }
        return tokens;
    }
}
