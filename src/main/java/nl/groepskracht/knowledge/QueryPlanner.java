package nl.groepskracht.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * From a search text to its {@link QueryPlan}: the words and their synonyms ({@link QueryReader});
 * for a word no item holds (nor a synonym of it), the spell checker's nearest words of the index as
 * stand-ins and as the "Bedoelde u …?" text; the themes the text names ({@link ThemeNames}).
 */
@Component
class QueryPlanner {

    static final int SUGGESTIONS = 2;
    private final QueryReader reader;
    private final Spelling spelling;
    private final ThemeNames themes;

    QueryPlanner(QueryReader reader, Spelling spelling, ThemeNames themes) {
        this.reader = reader;
        this.spelling = spelling;
        this.themes = themes;
    }

    QueryPlan plan(String text, SearchSession session) {
        return themes.match(corrected(reader.read(text), session));
    }

    private QueryPlan corrected(QueryPlan plan, SearchSession session) {
        List<QueryPlan.Slot> slots = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean corrected = false;
        for (QueryPlan.Slot slot : plan.slots()) {
            String word = slot.typed().text();
            if (slot.role() == QueryPlan.Role.CONTENT && slot.alternatives().size() == 1 && !known(session, slot)) {
                List<String> suggestions = spelling.suggest(word, SUGGESTIONS);
                if (!suggestions.isEmpty()) {
                    slot = slot.withAlternatives(suggestions.stream()
                            .map(s -> new QueryPlan.Alternative(s, QueryPlan.Source.SPELLING)).toList());
                    word = suggestions.getFirst();
                    corrected = true;
                }
            }
            slots.add(slot);
            words.add(word);
        }
        String correction = null;
        if (corrected) {
            words.addAll(plan.quoted().stream().map(q -> '"' + q + '"').collect(Collectors.toList()));
            correction = String.join(" ", words);
        }
        return new QueryPlan(plan.phrase(), slots, plan.quoted(), plan.themes(), correction);
    }

    private static boolean known(SearchSession session, QueryPlan.Slot slot) {
        return session.search(KnowledgeItem.class).where(f -> Ranking.hit(f, slot)).totalHitCountThreshold(1).fetch(0).total()
                .hitCountLowerBound() > 0;
    }
}
