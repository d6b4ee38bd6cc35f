package nl.groepskracht.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may be shown of one count in a period, after {@link Suppression}: the groups whose own number
 * is hidden, and the totals that are shown. A number over any set of groups — a group, a cell of the
 * matrix, a wijk, a filtered view, a report's selection — is shown only when it follows from the
 * numbers of the period's own tables: then it tells nothing they do not, and any number of filtered
 * views together still cannot single out a hidden group (within the additive model, see README).
 */
final class Protection {

    /** Shows everything (a count nobody hides, or a period without groups). */
    static final Protection NONE = new Protection(Set.of(), List.of());

    private final Map<Long, Integer> hidden = new HashMap<>();
    private final Span span;

    Protection(Set<Long> hiddenGroups, List<? extends Collection<Long>> shownTotals) {
        hiddenGroups.stream().sorted().forEach(id -> hidden.put(id, hidden.size()));
        span = new Span(hidden.size());
        if (!hidden.isEmpty()) {
            shownTotals.forEach(total -> {
                int[] ones = restrict(total);
                if (ones.length > 0) {
                    span.add(ones);
                }
            });
        }
    }

    /** Whether the number over these groups may be shown (it follows from the published tables). */
    boolean shows(Collection<Long> groups) {
        if (hidden.isEmpty()) {
            return true;
        }
        int[] ones = restrict(groups);
        return ones.length == 0 || span.contains(ones);
    }

    boolean showsGroup(long group) {
        return !hidden.containsKey(group);
    }

    /** The groups whose own number is hidden (for tests and the README's worked example). */
    Set<Long> hiddenGroups() {
        return Set.copyOf(hidden.keySet());
    }

    private int[] restrict(Collection<Long> groups) {
        return groups.stream().distinct().filter(hidden::containsKey).mapToInt(hidden::get).toArray();
    }
}
