package nl.groepskracht.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.directory.ThemeItem;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.stereotype.Component;

/**
 * A theme's own name finds its items: a slot whose words (or synonyms, or compound parts) hold the
 * theme's code word ("scheiding" is a synonym of "echtscheiding"; "echtscheidingsproblematiek"
 * holds it), or a text that holds every word of the theme's name ("Kind gaat niet naar school"),
 * names that theme. Compared on the index's stems.
 */
@Component
class ThemeNames {

    private final SearchVocabulary vocabulary;
    private final Analyzer parts = DutchChain.analyzer(DutchChain.dutch(true));
    private final Analyzer whole = DutchChain.analyzer(DutchChain.dutch(false));

    ThemeNames(SearchVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    QueryPlan match(QueryPlan plan) {
        if (plan.slots().isEmpty()) {
            return plan;
        }
        List<ThemeItem> themes = vocabulary.current().themes();
        Set<String> all = new HashSet<>();
        Set<Long> named = new HashSet<>();
        List<QueryPlan.Slot> slots = plan.slots().stream().map(slot -> {
            Set<String> terms = slot.alternatives().stream().flatMap(a -> DutchChain.terms(parts, a.text()).stream())
                    .collect(Collectors.toSet());
            all.addAll(terms);
            if (slot.role() != QueryPlan.Role.CONTENT) {
                return slot;
            }
            Set<Long> matched = themes.stream().filter(t -> holds(terms, t.code().replaceAll("[-_]", " ")))
                    .map(ThemeItem::id).collect(Collectors.toSet());
            named.addAll(matched);
            return slot.withThemes(matched);
        }).toList();
        themes.stream().filter(t -> holds(all, t.name())).forEach(t -> named.add(t.id()));
        return new QueryPlan(plan.phrase(), slots, plan.quoted(), Set.copyOf(named), plan.correction());
    }

    private boolean holds(Set<String> terms, String name) {
        List<String> nameTerms = DutchChain.terms(whole, name);
        return !nameTerms.isEmpty() && terms.containsAll(nameTerms);
    }
}
