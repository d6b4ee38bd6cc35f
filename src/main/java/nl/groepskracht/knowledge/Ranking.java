package nl.groepskracht.knowledge;

import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * Turns a {@link QueryPlan} into the index query. An item must hold a content word (a typed word, a
 * synonym, a spelling the index knows, or the theme the words name). Its place comes in tiers, each
 * worth more than the ones below: the typed words as a phrase; all words (with "niet", "geen" …,
 * each word or one of its stand-ins, a theme word also by the item's theme); pairs of neighbouring
 * words as phrases; then where the words are (title, tags, summary, text, attachment), a whole word
 * counting most, a typed word inside a compound of the item half, a part of a typed compound a
 * fifth; the named theme. Within a tier, BM25 (scaled down) decides.
 */
final class Ranking {

    static final String[] PARTS = {KnowledgeSearch.TITLE, KnowledgeSearch.TAGS, KnowledgeSearch.SUMMARY,
        KnowledgeSearch.BODY, KnowledgeSearch.ATTACHMENT_TEXT};
    private static final String[] WHOLE = {"titleWhole", "tagsWhole", "summaryWhole", "bodyWhole",
        "attachments.textWhole"};
    private static final float[] WEIGHTS = {100, 50, 25, 20, 10};
    static final float PHRASE = 2000;
    static final float ALL_WORDS = 600;
    static final float NEIGHBOURS = 40;
    /** a typed whole word found as a part of a compound in the item ("scheiding" in "echtscheiding") */
    static final float INSIDE = 0.5f;
    /** a part of a typed compound found in the item ("suiker" of "suikerhoudende") */
    static final float SPLIT = 0.2f;
    static final float THEME = 30;
    static final float RELEVANCE = 0.05f;

    private Ranking() {
    }

    static void apply(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, QueryPlan plan) {
        plan.quoted().forEach(q -> bool.must(f.phrase().fields(PARTS).matching(q)));
        List<QueryPlan.Slot> content = plan.content();
        if (!content.isEmpty()) {
            var any = f.bool();
            content.forEach(slot -> any.should(hit(f, slot)));
            plan.themes().forEach(theme -> any.should(f.match().field("themeId").matching(theme)));
            bool.must(any.boost(RELEVANCE));
        } else if (plan.quoted().isEmpty()) {
            bool.must(f.phrase().fields(PARTS).matching(String.join(" ", plan.phrase())));
        }
        List<String> words = plan.phrase();
        if (words.size() > 1 && plan.slots().size() > 1) {
            bool.should(f.phrase().fields(PARTS).matching(String.join(" ", words)).constantScore().boost(PHRASE));
            // two words: their pair is the phrase above
            for (int i = 0; i + 1 < words.size() && words.size() > 2; i++) {
                bool.should(f.phrase().fields(PARTS).matching(words.get(i) + " " + words.get(i + 1))
                        .constantScore().boost(NEIGHBOURS));
            }
        }
        List<QueryPlan.Slot> required = plan.required();
        if (required.size() > 1) {
            var all = f.bool();
            required.forEach(slot -> all.must(hit(f, slot)));
            bool.should(all.constantScore().boost(ALL_WORDS));
        }
        for (int i = 0; i < PARTS.length && !content.isEmpty(); i++) {
            bool.should(inField(f, content, WHOLE[i], null).constantScore().boost(WEIGHTS[i]));
            bool.should(inField(f, content, PARTS[i], DutchAnalysis.WHOLE).constantScore().boost(WEIGHTS[i] * INSIDE));
            bool.should(inField(f, content, PARTS[i], null).constantScore().boost(WEIGHTS[i] * SPLIT));
        }
        if (!plan.themes().isEmpty()) {
            bool.should(f.terms().field("themeId").matchingAny(plan.themes()).constantScore().boost(THEME));
        }
    }

    /** An item holds the slot: one of its alternatives anywhere, or it carries a theme the slot names. */
    static BooleanPredicateClausesStep<?, ?> hit(SearchPredicateFactory f, QueryPlan.Slot slot) {
        var any = f.bool();
        slot.alternatives().forEach(a -> any.should(alternative(f, a, null, PARTS)));
        slot.themes().forEach(theme -> any.should(f.match().field("themeId").matching(theme)));
        return any;
    }

    /** The slots' words in one field, the query read with the given analyzer (null: the field's own). */
    private static BooleanPredicateClausesStep<?, ?> inField(SearchPredicateFactory f, List<QueryPlan.Slot> slots,
            String field, String analyzer) {
        var any = f.bool();
        slots.forEach(slot -> slot.alternatives().forEach(a -> any.should(alternative(f, a, analyzer, field))));
        return any;
    }

    private static SearchPredicate alternative(SearchPredicateFactory f, QueryPlan.Alternative a, String analyzer,
            String... fields) {
        if (a.isPhrase()) {
            var phrase = f.phrase().fields(fields).matching(a.text());
            return (analyzer == null ? phrase : phrase.analyzer(analyzer)).toPredicate();
        }
        var match = f.match().fields(fields).matching(a.text());
        return (analyzer == null ? match : match.analyzer(analyzer)).toPredicate();
    }
}
