package nl.groepskracht.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.AppZone;
import org.springframework.stereotype.Component;

/**
 * Works out a period's {@link PeriodProtection}: the counts of its unfiltered tables, primary and
 * secondary suppression of each. A share is hidden wherever the families it is a share of are
 * (the count of families reached forces it), and is protected on its own as well.
 */
@Component
class Protections {

    /** Counts shown as shares of the families reached. */
    private static final List<String> SHARES_OF_FAMILIES = List.of(CountQueries.PRESENT, CountQueries.EXCUSED,
            CountQueries.DROPPED, CountQueries.NO_SHOW);

    private final CountQueries queries;
    private final KeptReads store;
    private final Suppressions suppressions;
    private final Clock clock;

    Protections(CountQueries queries, KeptReads store, Suppressions suppressions, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.suppressions = suppressions;
        this.clock = clock;
    }

    /**
     * The period's protection: that of the tables from the read model as kept by {@link KeptReads}
     * (worked out again when the part of the read model they are counted from or the groups' wijk or
     * theme changed), that of the waiting lists and vulling (read live) worked out now. It carries the
     * stamp it was read under, for the read's kept counts.
     */
    PeriodProtection of(MonitoringFilter filter) {
        MonitoringFilter period = MonitoringFilter.period(filter.from(), filter.to());
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        KeptReads.Stamp stamp = store.stamp(today);
        Map<String, Protection> counts = new HashMap<>(store.period("places protection", period, stamp,
                () -> protectPlaces(period, stamp), ReadModel.Part.PLACES));
        counts.putAll(store.period("marks protection", period, stamp, () -> protectMarks(period, stamp),
                ReadModel.Part.MARKS));
        Map<YearMonth, Protection> months = store.period("months protection", period, stamp,
                () -> months(period, today), ReadModel.Part.MONTHS, ReadModel.Part.PLACES);
        Map<String, CountTable> live = new HashMap<>(queries.waiting(period));
        live.putAll(queries.filling(period));
        live.forEach((name, table) -> counts.put(name, suppressions.protect(table, null)));
        return new PeriodProtection(counts, months).with(Map.of(), stamp);
    }

    /**
     * The period's unfiltered tables of families present and excused (kept: the dashboard's figures of
     * the whole period are read from them too).
     */
    Map<String, CountTable> marks(MonitoringFilter period, KeptReads.Stamp stamp) {
        return store.period("marks tables", period, stamp, () -> queries.marks(period), ReadModel.Part.MARKS);
    }

    private Map<String, CountTable> places(MonitoringFilter period, KeptReads.Stamp stamp) {
        return store.period("places tables", period, stamp, () -> queries.places(period), ReadModel.Part.PLACES);
    }

    /** Families reached, dropped out, never came, per toeleiding answer and referring organisation. */
    private Map<String, Protection> protectPlaces(MonitoringFilter period, KeptReads.Stamp stamp) {
        Map<String, CountTable> tables = places(period, stamp);
        Protection families = families(tables);
        Map<String, Protection> counts = new HashMap<>();
        counts.put(CountQueries.FAMILIES, families);
        tables.forEach((name, table) -> {
            if (!name.equals(CountQueries.FAMILIES)) {
                counts.put(name, suppressions.protect(table, SHARES_OF_FAMILIES.contains(name)
                        || name.startsWith("t_") || name.startsWith("r_") ? tables.get(CountQueries.FAMILIES) : null));
            }
        });
        return counts;
    }

    /** Families present and excused: shares of the families reached, hidden where they are. */
    private Map<String, Protection> protectMarks(MonitoringFilter period, KeptReads.Stamp stamp) {
        CountTable families = places(period, stamp).getOrDefault(CountQueries.FAMILIES, CountTable.empty());
        Map<String, Protection> counts = new HashMap<>();
        marks(period, stamp).forEach((name, table) -> counts.put(name, suppressions.protect(table,
                SHARES_OF_FAMILIES.contains(name) ? families : null)));
        return counts;
    }

    private Protection families(Map<String, CountTable> places) {
        return suppressions.protect(places.getOrDefault(CountQueries.FAMILIES, CountTable.empty()), null);
    }

    /** Each month of the period up to today, clipped to the period, protected as a table of its own. */
    private Map<YearMonth, Protection> months(MonitoringFilter period, LocalDate today) {
        List<MonitoringFilter> months = monthsOf(period, today);
        List<YearMonth> whole = months.stream().filter(Protections::wholeMonth).map(m -> YearMonth.from(m.from()))
                .toList();
        Map<YearMonth, CountTable> wholeTables = whole.isEmpty() ? Map.of()
                : queries.months(whole.getFirst(), whole.getLast());
        Map<YearMonth, Protection> result = new HashMap<>();
        for (MonitoringFilter month : months) {
            YearMonth key = YearMonth.from(month.from());
            CountTable table = wholeMonth(month) ? wholeTables.getOrDefault(key, CountTable.empty())
                    : queries.families(month);
            result.put(key, suppressions.protect(table, null));
        }
        return result;
    }

    static boolean wholeMonth(MonitoringFilter month) {
        return month.from().getDayOfMonth() == 1 && month.to().equals(YearMonth.from(month.from()).atEndOfMonth());
    }

    /**
     * The calendar months of a period that have begun by {@code today}, each clipped to the period and
     * to today (a month after today is not a month with figures yet).
     */
    static List<MonitoringFilter> monthsOf(MonitoringFilter period, LocalDate today) {
        LocalDate end = period.to().isAfter(today) ? today : period.to();
        List<MonitoringFilter> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(end) ? end : m.atEndOfMonth();
            if (!last.isBefore(first)) {
                months.add(period.between(first, last));
            }
        }
        return months;
    }
}
