package nl.groepskracht.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A {@link DutchChain} analyzer that reads each word once: the standard tokenizer cuts the text as
 * the chain's does, and what the chain's filters make of a word (its stems, its compound parts, at
 * the word's place and with its offsets) is kept per word and replayed. Every filter of the chain
 * works on one word at a time, so the terms are the chain's own. For the highlighter
 * ({@link Highlights}), which reads every hit's text again at every search: the same words come
 * back from item to item and search to search, and decompounding a word (each of its substrings
 * against the dictionary), the pattern of "ge-" words and the stemmer cost far more than a look-up.
 * At most {@link #MAX_WORDS} words are kept (a few MB),
 * then it starts afresh.
 */
final class WordAnalysis extends Analyzer {

    static final int MAX_WORDS = 50_000;
    private final Analyzer chain;
    private final Map<String, Word> words = new ConcurrentHashMap<>();

    /** The terms the chain makes of one word, with their position increments (a part: 0, at the word's place). */
    private record Word(String[] terms, int[] increments) {
    }

    WordAnalysis(List<DutchChain.Step> steps) {
        this.chain = DutchChain.analyzer(steps);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new Replay(tokenizer));
    }

    private Word word(String text) {
        Word known = words.get(text);
        if (known != null) {
            return known;
        }
        List<String> terms = new ArrayList<>();
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = chain.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
                increments.add(increments.isEmpty() ? 0 : increment.getPositionIncrement());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Word word = new Word(terms.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
        if (words.size() >= MAX_WORDS) {
            words.clear();
        }
        words.put(text, word);
        return word;
    }

    /** Each token of the tokenizer replaced by the kept terms of its word, the first at its place. */
    private final class Replay extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private Word pending;
        private int next;
        private State token;

        Replay(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null && next < pending.terms().length) {
                restoreState(token);
                term.setEmpty().append(pending.terms()[next]);
                increment.setPositionIncrement(pending.increments()[next]);
                next++;
                return true;
            }
            int skipped = 0;
            while (input.incrementToken()) {
                Word word = word(term.toString());
                if (word.terms().length == 0) {
                    skipped += increment.getPositionIncrement();
                    continue;
                }
                increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
                token = captureState();
                pending = word;
                next = 1;
                term.setEmpty().append(word.terms()[0]);
                return true;
            }
            pending = null;
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            token = null;
        }
    }
}
