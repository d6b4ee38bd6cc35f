package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.groepskracht.monitoring.FigureQueries.Key;

/**
 * A {@link CountTable} as numbers over groups and the sums that tie them: each cell is the sum of
 * its groups, each wijk and theme of its cells, the total of the wijken and of the themes. Groups come
 * first (index = group index), then cells, wijken, themes and the total.
 */
final class TableItems {

    /** One published number: its count and the groups it adds up (indexes). */
    record Item(Level level, long value, int[] groups) {

        boolean isGroup() {
            return level == Level.GROUP;
        }

        boolean isTotal() {
            return level == Level.TOTAL;
        }
    }

    enum Level {
        GROUP, CELL, WIJK, THEME, TOTAL
    }

    /** A sum: the parent is the sum of the children (indexes of items). */
    record Line(int parent, List<Integer> children) {
    }

    final List<Item> items = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    private final long[] groupIds;

    TableItems(CountTable table) {
        groupIds = table.groups().keySet().stream().sorted().mapToLong(Long::longValue).toArray();
        Map<Key, List<Integer>> groupsOfCell = new TreeMap<>(java.util.Comparator.comparingLong(Key::first)
                .thenComparingLong(Key::second));
        for (int g = 0; g < groupIds.length; g++) {
            var count = table.groups().get(groupIds[g]);
            items.add(new Item(Level.GROUP, count.value(), new int[] {g}));
            groupsOfCell.computeIfAbsent(new Key(count.wijk(), count.theme()), k -> new ArrayList<>()).add(g);
        }
        Map<Long, List<Integer>> cellsOfWijk = new TreeMap<>();
        Map<Long, List<Integer>> cellsOfTheme = new TreeMap<>();
        groupsOfCell.forEach((key, groups) -> {
            int cell = add(Level.CELL, table.cells().getOrDefault(key, 0L), groups);
            lines.add(new Line(cell, groups));
            cellsOfWijk.computeIfAbsent(key.first(), k -> new ArrayList<>()).add(cell);
            cellsOfTheme.computeIfAbsent(key.second(), k -> new ArrayList<>()).add(cell);
        });
        List<Integer> wijken = new ArrayList<>();
        List<Integer> themes = new ArrayList<>();
        cellsOfWijk.forEach((wijk, cells) -> wijken.add(sum(Level.WIJK, table.wijken().getOrDefault(wijk, 0L), cells)));
        cellsOfTheme.forEach((theme, cells) -> themes.add(sum(Level.THEME, table.themes().getOrDefault(theme, 0L),
                cells)));
        if (groupIds.length > 0) {
            int total = add(Level.TOTAL, table.total(), allGroups());
            lines.add(new Line(total, wijken));
            lines.add(new Line(total, themes));
        }
    }

    int groupCount() {
        return groupIds.length;
    }

    long groupId(int group) {
        return groupIds[group];
    }

    List<Long> groupIds(Item item) {
        return Arrays.stream(item.groups()).mapToObj(g -> groupIds[g]).toList();
    }

    /** The sums this item is the total of. */
    List<Line> linesUnder(int item) {
        return lines.stream().filter(l -> l.parent() == item).toList();
    }

    /** The sums this item takes part in, as a part or as the total. */
    List<Line> linesAround(int item) {
        return lines.stream().filter(l -> l.parent() == item || l.children().contains(item)).toList();
    }

    private int sum(Level level, long value, List<Integer> cells) {
        var groups = new TreeSet<Integer>();
        cells.forEach(c -> Arrays.stream(items.get(c).groups()).forEach(groups::add));
        int item = add(level, value, new ArrayList<>(groups));
        lines.add(new Line(item, cells));
        return item;
    }

    private int add(Level level, long value, List<Integer> groups) {
        items.add(new Item(level, value, groups.stream().mapToInt(Integer::intValue).toArray()));
        return items.size() - 1;
    }

    private List<Integer> allGroups() {
        List<Integer> all = new ArrayList<>();
        for (int g = 0; g < groupIds.length; g++) {
            all.add(g);
        }
        return all;
    }
}
