package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Primary and secondary suppression of one {@link CountTable}, the way statistical offices do it:
 * a number resting on 1–4 families is hidden (primary), and so is every further number needed so
 * that no hidden one can be worked out from the numbers shown by adding and subtracting rows,
 * columns and totals (secondary: the next smallest in the same row, column or chain of totals,
 * tried smallest first). Every candidate pattern is checked with linear algebra over the hidden
 * groups ({@link Span}); the loop ends when no hidden number follows from what is shown.
 * Additionally the hidden numbers of a row whose total is shown must not together rest on 1–4
 * families (else their sum would be a small number anyone can work out).
 */
final class Suppression {

    /** How many candidates are tried before the smallest is taken anyway (each try is one elimination). */
    private static final int TRIES = 8;

    private final TableItems table;
    private final boolean[] hidden;
    private final Set<Integer> unprotectable = new HashSet<>();

    private Suppression(TableItems table, boolean[] hidden) {
        this.table = table;
        this.hidden = hidden;
    }

    /**
     * The protection of a table; {@code forced} hides besides what it hides itself (a share is hidden
     * where its denominator is), or is null.
     */
    static Protection protect(CountTable counts, Protection forced) {
        TableItems table = new TableItems(counts);
        boolean[] hidden = new boolean[table.items.size()];
        for (int i = 0; i < hidden.length; i++) {
            TableItems.Item item = table.items.get(i);
            hidden[i] = item.value() > 0 && item.value() < Figure.MIN_FAMILIES
                    || forced != null && !forced.shows(table.groupIds(item));
        }
        var suppression = new Suppression(table, hidden);
        suppression.run();
        return suppression.result();
    }

    private void run() {
        for (int round = 0; round <= hidden.length * 2; round++) {
            if (cascadeAll() || singleLines() || lineSums()) {
                continue;
            }
            Elimination span = new Elimination();
            int disclosed = firstDisclosed(span);
            if (disclosed < 0) {
                return;
            }
            hideToProtect(disclosed);
        }
    }

    /** A hidden total over groups that are all shown is no secret: hide one of its parts too. */
    private boolean cascadeAll() {
        boolean changed = false;
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] && !table.items.get(i).isGroup() && !hasHiddenGroup(i)) {
                cascade(i);
                changed = true;
            }
        }
        return changed;
    }

    private void cascade(int item) {
        if (table.items.get(item).isGroup() || hasHiddenGroup(item)) {
            return;
        }
        List<Integer> parts = new ArrayList<>();
        table.linesUnder(item).forEach(line -> parts.addAll(line.children()));
        parts.stream().filter(p -> !hidden[p]).min(byCost()).ifPresent(part -> {
            hidden[part] = true;
            cascade(part);
        });
    }

    private boolean hasHiddenGroup(int item) {
        return Arrays.stream(table.items.get(item).groups()).anyMatch(g -> hidden[g]);
    }

    /**
     * A sum with exactly one hidden number among its total and parts gives that number away: hide the next
     * smallest part (or, when every part is hidden, the total). The rule statistical offices start from.
     */
    private boolean singleLines() {
        for (TableItems.Line line : table.lines) {
            long hiddenCount = line.children().stream().filter(c -> hidden[c]).count() + (hidden[line.parent()] ? 1 : 0);
            if (hiddenCount == 1) {
                var next = line.children().stream().filter(c -> !hidden[c] && table.items.get(c).value() > 0)
                        .min(byCost());
                int item = next.orElse(line.parent());
                if (!hidden[item] && table.items.get(item).value() > 0) {
                    hidden[item] = true;
                    cascade(item);
                    return true;
                }
            }
        }
        return false;
    }

    /** Hidden parts of a shown total that together rest on 1–4 families: hide the next smallest part. */
    private boolean lineSums() {
        for (TableItems.Line line : table.lines) {
            if (hidden[line.parent()]) {
                continue;
            }
            long sum = line.children().stream().filter(c -> hidden[c]).mapToLong(c -> table.items.get(c).value()).sum();
            if (sum > 0 && sum < Figure.MIN_FAMILIES) {
                var next = line.children().stream().filter(c -> !hidden[c] && table.items.get(c).value() > 0)
                        .min(byCost());
                if (next.isPresent()) {
                    hidden[next.get()] = true;
                    cascade(next.get());
                    return true;
                }
            }
        }
        return false;
    }

    private int firstDisclosed(Elimination span) {
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] && !unprotectable.contains(i) && span.discloses(table.items.get(i).groups())) {
                return i;
            }
        }
        return -1;
    }

    /** Hides the smallest shown number sharing a row, column or total with the disclosed one that protects it. */
    private void hideToProtect(int disclosed) {

        List<Integer> candidates = table.linesAround(disclosed).stream()
                .flatMap(line -> java.util.stream.Stream.concat(line.children().stream(), java.util.stream.Stream.of(
                        line.parent())))
                .distinct().filter(c -> !hidden[c] && table.items.get(c).value() > 0).sorted(byCost()).toList();
        if (candidates.isEmpty()) {
            unprotectable.add(disclosed);
            return;
        }
        for (int candidate : candidates.subList(0, Math.min(TRIES, candidates.size()))) {
            boolean[] before = hidden.clone();
            hidden[candidate] = true;
            cascade(candidate);
            if (!new Elimination().discloses(table.items.get(disclosed).groups())) {
                return;
            }
            System.arraycopy(before, 0, hidden, 0, hidden.length);
        }
        hidden[candidates.getFirst()] = true;
        cascade(candidates.getFirst());
    }

    /** Smaller numbers first; the grand total last. */
    private Comparator<Integer> byCost() {
        return Comparator.comparing((Integer i) -> table.items.get(i).isTotal())
                .thenComparingLong(i -> table.items.get(i).value()).thenComparingInt(i -> i);
    }

    private Protection result() {
        Set<Long> hiddenGroups = new HashSet<>();
        for (int g = 0; g < table.groupCount(); g++) {
            if (hidden[g]) {
                hiddenGroups.add(table.groupId(g));
            }
        }
        List<List<Long>> shownTotals = new ArrayList<>();
        for (int i = table.groupCount(); i < hidden.length; i++) {
            if (!hidden[i]) {
                shownTotals.add(table.groupIds(table.items.get(i)));
            }
        }
        return new Protection(hiddenGroups, shownTotals);
    }

    /** The span of the shown totals over the hidden groups, for the current pattern. */
    private final class Elimination {

        private final int[] index = new int[table.groupCount()];
        private final Span span;

        Elimination() {
            int n = 0;
            for (int g = 0; g < index.length; g++) {
                index[g] = hidden[g] ? n++ : -1;
            }
            span = new Span(n);
            for (int i = table.groupCount(); i < hidden.length; i++) {
                if (!hidden[i]) {
                    int[] ones = restrict(table.items.get(i).groups());
                    if (ones.length > 0) {
                        span.add(ones);
                    }
                }
            }
        }

        boolean discloses(int[] groups) {
            return span.contains(restrict(groups));
        }

        private int[] restrict(int[] groups) {
            return Arrays.stream(groups).filter(g -> index[g] >= 0).map(g -> index[g]).toArray();
        }
    }
}
