package nl.groepskracht.monitoring;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/**
 * The suppression of every count of one period, worked out once on the period's unfiltered tables:
 * every view of the period (dashboard, drill-downs, filtered views, report, CSV) shows a number over a
 * set of groups only when {@link Protection#shows} says it follows from those tables.
 */
final class PeriodProtection {

    /** Protects nothing: for tests of formulas and for periods without groups. */
    static final PeriodProtection NONE = new PeriodProtection(Map.of(), Map.of());

    private final Map<String, Protection> counts;
    private final Map<YearMonth, Protection> months;
    private final Object basis;

    PeriodProtection(Map<String, Protection> counts, Map<YearMonth, Protection> months) {
        this(counts, months, null);
    }

    private PeriodProtection(Map<String, Protection> counts, Map<YearMonth, Protection> months, Object basis) {
        this.counts = counts;
        this.months = months;
        this.basis = basis;
    }

    /**
     * This protection with these counts' protection besides (or instead of its own of the same name), read
     * under {@code basis}: what the read's counts rest on ({@link KeptReads}).
     */
    PeriodProtection with(Map<String, Protection> more, Object basis) {
        Map<String, Protection> all = new java.util.HashMap<>(counts);
        all.putAll(more);
        return new PeriodProtection(all, months, basis);
    }

    /** What the counts of the read this protection belongs to rest on; null: nothing known, nothing kept. */
    Object basis() {
        return basis;
    }

    /** Whether the count (see {@link CountQueries}) over these groups may be shown in the period's views. */
    boolean shows(String count, Collection<Long> groups) {
        return counts.getOrDefault(count, Protection.NONE).shows(groups);
    }

    /** Whether the families reached in this month by these groups may be shown. */
    boolean showsMonth(YearMonth month, Collection<Long> groups) {
        return months.getOrDefault(month, Protection.NONE).shows(groups);
    }

    /** The groups whose own count is hidden (tests). */
    java.util.Set<Long> hiddenGroups(String count) {
        return counts.getOrDefault(count, Protection.NONE).hiddenGroups();
    }
}
