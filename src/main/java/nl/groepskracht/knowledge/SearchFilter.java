package nl.groepskracht.knowledge;

import java.util.Set;

/**
 * What a professional searches for: words (empty: everything, newest first; "…" for an exact
 * phrase) and filters that all apply together. {@code otherWijken} keeps items from wijken other
 * than the ones the searcher works in (the wijken of the groups they facilitate).
 */
public record SearchFilter(String text, Long themeId, KnowledgeKind kind, Long wijkId, boolean otherWijken,
        Set<String> tags) {

    public SearchFilter {
        tags = tags == null ? Set.of() : Set.copyOf(Tags.normalise(tags));
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The filters in use, by name: theme, kind, wijk, other-wijken, tags. */
    public java.util.List<String> activeFilters() {
        var active = new java.util.ArrayList<String>();
        if (themeId != null) {
            active.add("theme");
        }
        if (kind != null) {
            active.add("kind");
        }
        if (wijkId != null) {
            active.add("wijk");
        }
        if (otherWijken) {
            active.add("other-wijken");
        }
        if (!tags.isEmpty()) {
            active.add("tags");
        }
        return active;
    }

    /** The same search without one of the filters named by {@link #activeFilters()}. */
    public SearchFilter without(String filter) {
        return new SearchFilter(text, filter.equals("theme") ? null : themeId, filter.equals("kind") ? null : kind,
                filter.equals("wijk") ? null : wijkId, !filter.equals("other-wijken") && otherWijken,
                filter.equals("tags") ? Set.of() : tags);
    }
}
