package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.knowledge.SearchFilter;
import nl.groepskracht.knowledge.Tags;

/**
 * A search in the knowledge base's address, so it can be bookmarked and sent to a colleague:
 * {@code /kennis?q=…&thema=<theme code>&soort=…&wijk=<id>&tags=…&andere-wijken=ja}. Unknown values
 * are left out, never an error.
 */
final class KnowledgeParameters {

    static final String ROUTE = "kennis";

    private KnowledgeParameters() {
    }

    static QueryParameters of(SearchFilter filter, List<ThemeItem> themes) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter.hasText()) {
            values.put("q", filter.text().strip());
        }
        themes.stream().filter(t -> Long.valueOf(t.id()).equals(filter.themeId())).findFirst()
                .ifPresent(t -> values.put("thema", t.code()));
        if (filter.kind() != null) {
            values.put("soort", filter.kind().name().toLowerCase(Locale.ROOT));
        }
        if (filter.wijkId() != null) {
            values.put("wijk", filter.wijkId().toString());
        }
        if (!filter.tags().isEmpty()) {
            values.put("tags", String.join(",", filter.tags().stream().sorted().toList()));
        }
        if (filter.otherWijken()) {
            values.put("andere-wijken", "ja");
        }
        return QueryParameters.simple(values);
    }

    /** The address of a search, relative to the portal's root. */
    static String location(SearchFilter filter, List<ThemeItem> themes) {
        String query = of(filter, themes).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    static SearchFilter read(QueryParameters parameters, List<ThemeItem> themes, List<WijkItem> wijken) {
        Optional<String> theme = parameters.getSingleParameter("thema");
        Long themeId = theme.flatMap(code -> themes.stream().filter(t -> t.code().equals(code)).findFirst())
                .map(ThemeItem::id).orElse(null);
        KnowledgeKind kind = parameters.getSingleParameter("soort").flatMap(s -> Arrays.stream(KnowledgeKind.values())
                .filter(k -> k.name().equalsIgnoreCase(s)).findFirst()).orElse(null);
        Long wijkId = parameters.getSingleParameter("wijk").flatMap(w -> wijken.stream()
                .filter(x -> String.valueOf(x.id()).equals(w)).findFirst()).map(WijkItem::id).orElse(null);
        return new SearchFilter(parameters.getSingleParameter("q").orElse(""), themeId, kind, wijkId,
                parameters.getSingleParameter("andere-wijken").filter("ja"::equals).isPresent(),
                Tags.parse(parameters.getSingleParameter("tags").orElse("")));
    }
}
