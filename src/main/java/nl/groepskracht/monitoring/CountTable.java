package nl.groepskracht.monitoring;

import java.util.HashMap;
import java.util.Map;
import nl.groepskracht.monitoring.FigureQueries.Key;

/**
 * One count of a period (families reached, families that dropped out, families per toeleiding answer
 * ...) as every view of the period publishes it: per group (the drill-downs), per wijk × theme (the
 * matrix), per wijk and per theme (its totals, the filtered views, the report's tables) and in total.
 * Families are counted once per number, so a total can be less than the sum of its parts.
 */
record CountTable(Map<Long, GroupCount> groups, Map<Key, Long> cells, Map<Long, Long> wijken, Map<Long, Long> themes,
        long total) {

    /** A group's count and where it belongs. */
    record GroupCount(long wijk, long theme, long value) {
    }

    /** The numbers of this table per key of a grouping (as {@link FigureQueries} keys its rows). */
    Map<Key, Long> by(FigureQueries.Dim dim) {
        Map<Key, Long> result = new HashMap<>();
        switch (dim) {
            case TOTAL -> result.put(Key.TOTAL, total);
            case WIJK -> wijken.forEach((wijk, value) -> result.put(new Key(wijk, 0), value));
            case THEME -> themes.forEach((theme, value) -> result.put(new Key(0, theme), value));
            case CELL -> result.putAll(cells);
            case GROUP -> groups.forEach((group, count) -> result.put(new Key(group, 0), count.value()));
        }
        return result;
    }

    static CountTable empty() {
        return new CountTable(Map.of(), Map.of(), Map.of(), Map.of(), 0);
    }

    /** A table whose totals are the sums of its groups (counts of places or of groups, not of families). */
    static CountTable summed(Map<Long, GroupCount> groups) {
        Map<Key, Long> cells = new HashMap<>();
        Map<Long, Long> wijken = new HashMap<>();
        Map<Long, Long> themes = new HashMap<>();
        long total = 0;
        for (GroupCount g : groups.values()) {
            cells.merge(new Key(g.wijk(), g.theme()), g.value(), Long::sum);
            wijken.merge(g.wijk(), g.value(), Long::sum);
            themes.merge(g.theme(), g.value(), Long::sum);
            total += g.value();
        }
        return new CountTable(groups, cells, wijken, themes, total);
    }
}
