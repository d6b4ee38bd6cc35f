package nl.groepskracht.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.monitoring.FigureAssembly.Counts;
import nl.groepskracht.monitoring.FigureQueries.Dim;
import nl.groepskracht.monitoring.FigureQueries.FamilyRow;
import nl.groepskracht.monitoring.FigureQueries.FillingRow;
import nl.groepskracht.monitoring.FigureQueries.Key;
import nl.groepskracht.monitoring.FigureQueries.MarkRow;
import nl.groepskracht.monitoring.FigureQueries.SessionRow;
import nl.groepskracht.monitoring.FigureQueries.WaitingRow;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import org.springframework.stereotype.Component;

/**
 * The protected figures of a selection, in total or per wijk, theme, wijk × theme or group: the
 * queries of {@link FigureQueries}, the formulas of {@link FigureAssembly}, and the period's
 * {@link PeriodProtection} over the groups each number adds up.
 */
@Component
class SelectionFigures {

    private final FigureQueries queries;
    private final HeadlineQueries headlines;
    private final DirectoryService directory;
    private final KeptReads kept;
    private final Protections protections;

    SelectionFigures(FigureQueries queries, HeadlineQueries headlines, DirectoryService directory, KeptReads kept,
            Protections protections) {
        this.queries = queries;
        this.headlines = headlines;
        this.directory = directory;
        this.kept = kept;
        this.protections = protections;
    }

    /** The headline figures of the selection, with toeleiding, referrals and the waiting time. */
    Figures headline(MonitoringFilter filter, PeriodProtection protection) {
        List<Long> groups = queries.groupsBy(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, List.of());
        FamilyRow families = families(filter, Dim.TOTAL, protection).getOrDefault(Key.TOTAL, FamilyRow.NONE);
        Counts counts = new Counts(families, marks(filter, Dim.TOTAL, protection).getOrDefault(Key.TOTAL, MarkRow.NONE),
                sessions(filter, Dim.TOTAL, protection).getOrDefault(Key.TOTAL, SessionRow.NONE),
                queries.filling(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, FillingRow.NONE),
                queries.waiting(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, WaitingRow.NONE),
                headlines.waitedDays(filter));
        Map<Long, String> organisations = directory.allOrganisations().stream()
                .collect(Collectors.toMap(OrganisationItem::id, OrganisationItem::name));
        Integer households = filter.wijkId() == null ? null
                : headlines.households(filter.from().getYear()).get(filter.wijkId());
        return FigureAssembly.figures(counts, households,
                FigureAssembly.toeleiding(kept.counts("toeleiding", ReadModel.Part.PLACES, filter, null,
                        protection, () -> headlines.toeleiding(filter)), families.families(), groups, protection),
                FigureAssembly.referrals(kept.counts("referrals", ReadModel.Part.PLACES, filter, null,
                        protection, () -> headlines.referrals(filter)), organisations, families.families(), groups,
                        protection), groups, protection);
    }

    /** The figures per key of the grouping (no toeleiding or waiting time: those are the headline's). */
    Map<Key, Figures> by(MonitoringFilter filter, Dim dim, PeriodProtection protection) {
        Map<Key, FamilyRow> families = families(filter, dim, protection);
        Map<Key, MarkRow> marks = marks(filter, dim, protection);
        Map<Key, SessionRow> sessions = sessions(filter, dim, protection);
        Map<Key, FillingRow> filling = queries.filling(filter, dim);
        Map<Key, WaitingRow> waiting = queries.waiting(filter, dim);
        Map<Key, List<Long>> groups = queries.groupsBy(filter, dim);
        Map<Long, Integer> households = dim == Dim.WIJK || dim == Dim.CELL
                ? headlines.households(filter.from().getYear()) : Map.of();
        Set<Key> keys = new HashSet<>(families.keySet());
        List.of(sessions.keySet(), filling.keySet(), waiting.keySet()).forEach(keys::addAll);
        return keys.stream().collect(Collectors.toMap(k -> k, key -> FigureAssembly.figures(new Counts(
                families.getOrDefault(key, FamilyRow.NONE), marks.getOrDefault(key, MarkRow.NONE),
                sessions.getOrDefault(key, SessionRow.NONE), filling.getOrDefault(key, FillingRow.NONE),
                waiting.getOrDefault(key, WaitingRow.NONE), List.of()), households.get(key.first()), List.of(),
                List.of(), groups.getOrDefault(key, List.of()), protection)));
    }

    /** Families and places of the selection per key (from the read model: kept, see {@link KeptReads}). */
    Map<Key, FamilyRow> families(MonitoringFilter filter, Dim dim, PeriodProtection protection) {
        return kept.counts("families", ReadModel.Part.PLACES, filter, dim, protection,
                () -> queries.families(filter, dim));
    }

    /**
     * Families present and excused per key; for the whole period unselected the numbers of its own tables
     * (kept with its protection, the same counts), else counted for the selection (kept).
     */
    Map<Key, MarkRow> marks(MonitoringFilter filter, Dim dim, PeriodProtection protection) {
        if (filter.equals(filter.wholePeriod()) && protection.basis() instanceof KeptReads.Stamp stamp) {
            Map<String, CountTable> tables = protections.marks(filter, stamp);
            Map<Key, Long> present = tables.getOrDefault(CountQueries.PRESENT, CountTable.empty()).by(dim);
            Map<Key, Long> excused = tables.getOrDefault(CountQueries.EXCUSED, CountTable.empty()).by(dim);
            Map<Key, MarkRow> result = new java.util.HashMap<>();
            present.forEach((key, n) -> result.put(key, new MarkRow(n, excused.getOrDefault(key, 0L))));
            excused.forEach((key, n) -> result.putIfAbsent(key, new MarkRow(0, n)));
            return result;
        }
        return kept.counts("marks", ReadModel.Part.MARKS, filter, dim, protection, () -> queries.marks(filter, dim));
    }

    /** The sessions' sums per key: those per group of the selection (kept), added up. */
    private Map<Key, SessionRow> sessions(MonitoringFilter filter, Dim dim, PeriodProtection protection) {
        return FigureQueries.summed(kept.counts("sessions", ReadModel.Part.SESSIONS, filter, Dim.GROUP, protection,
                () -> queries.sessionsPerGroup(filter)), dim);
    }

    /** The groups of the selection open or running in the period (also before their first session). */
    List<Long> groupsInPeriod(MonitoringFilter filter) {
        return queries.groupsInPeriod(filter, Dim.GROUP).keySet().stream().map(Key::first).toList();
    }

    /** Figures of a selection with nothing in it. */
    static Figures none() {
        return FigureAssembly.figures(Counts.NONE, null, List.of(), List.of(), List.of(), PeriodProtection.NONE);
    }
}
