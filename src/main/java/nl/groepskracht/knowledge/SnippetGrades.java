package nl.groepskracht.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How well a highlighted snippet shows what was typed, graded as {@link Ranking} weighs a match: a
 * typed word (or a stand-in for it) as a whole word of the text, a typed word inside a compound of
 * the text, or only a part of a typed compound. The highlighter marks all three alike, so without
 * the grade the part "spel" in a summary would be shown for "kwartetspel", which is in the
 * attachment; compared on the index's stems ({@link DutchChain}).
 */
@Component
class SnippetGrades {

    static final int PART = 0;
    static final int INSIDE = 1;
    static final int WHOLE = 2;
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);
    private final Analyzer whole = DutchChain.analyzer(DutchChain.dutch(false));
    private final Analyzer parts = DutchChain.analyzer(DutchChain.dutch(true));

    /** The whole-word stems of what the plan looks for: every typed word, its stand-ins, the quoted phrases. */
    Set<String> typed(QueryPlan plan) {
        Set<String> stems = new HashSet<>();
        plan.slots().forEach(slot -> slot.alternatives().forEach(a -> stems.addAll(DutchChain.terms(whole, a.text()))));
        plan.quoted().forEach(q -> stems.addAll(DutchChain.terms(whole, q)));
        return stems;
    }

    /** The best grade of the marked words of a snippet. */
    int grade(String snippetHtml, Set<String> typed) {
        int grade = PART;
        Matcher mark = MARK.matcher(snippetHtml);
        while (mark.find() && grade < WHOLE) {
            String word = HtmlUtils.htmlUnescape(mark.group(1));
            if (holds(DutchChain.terms(whole, word), typed)) {
                grade = WHOLE;
            } else if (holds(DutchChain.terms(parts, word), typed)) {
                grade = INSIDE;
            }
        }
        return grade;
    }

    private static boolean holds(List<String> terms, Set<String> typed) {
        return terms.stream().anyMatch(typed::contains);
    }
}
