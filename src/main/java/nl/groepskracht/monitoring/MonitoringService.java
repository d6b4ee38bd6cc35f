package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.FigureQueries.Dim;
import nl.groepskracht.monitoring.FigureQueries.FamilyRow;
import nl.groepskracht.monitoring.FigureQueries.FillingRow;
import nl.groepskracht.monitoring.FigureQueries.Key;
import nl.groepskracht.monitoring.FigureQueries.SessionRow;
import nl.groepskracht.monitoring.FigureQueries.WaitingRow;
import nl.groepskracht.monitoring.MonitoringViews.Cell;
import nl.groepskracht.monitoring.MonitoringViews.Dashboard;
import nl.groepskracht.monitoring.MonitoringViews.ThemeColumn;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.MatrixRow;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;
import nl.groepskracht.monitoring.SignalQueries.SignalRow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adviseur's dashboard: reach, attendance and unmet demand per wijk and theme, for a period.
 * Aggregates only (every figure carries the families it rests on, for the "&lt; 5" rule); the read
 * model is brought up to date before each read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
public class MonitoringService {

    private final ReadModel readModel;
    private final FigureQueries queries;
    private final SignalQueries signals;
    private final TrendQueries trends;
    private final GroupNames groupNames;
    private final DirectoryService directory;

    MonitoringService(ReadModel readModel, FigureQueries queries, SignalQueries signals, TrendQueries trends,
            GroupNames groupNames, DirectoryService directory) {
        this.readModel = readModel;
        this.queries = queries;
        this.signals = signals;
        this.trends = trends;
        this.groupNames = groupNames;
        this.directory = directory;
    }

    /** Everything the dashboard shows, with one refresh of the read model. */
    public Dashboard dashboard(MonitoringFilter filter) {
        readModel.refresh();
        Matrix matrix = matrixOf(filter);
        return new Dashboard(headlineOf(filter), matrix, matrix.unmet(), trends.points(filter));
    }

    /** The headline figures of the selection (for the dashboard and the adviseur's start page). */
    public Figures headline(MonitoringFilter filter) {
        readModel.refresh();
        return headlineOf(filter);
    }

    /** Wijk × theme: groups, reach, opkomst, waiting lists and open signals; wijken with anything to show. */
    public Matrix matrix(MonitoringFilter filter) {
        readModel.refresh();
        return matrixOf(filter);
    }

    /** "Hier zou een groep kunnen starten": cells with demand and no group, most families first. */
    public List<UnmetDemand> unmetDemand(MonitoringFilter filter) {
        readModel.refresh();
        return matrixOf(filter).unmet();
    }

    /** Reach, opkomst and groups running per calendar month of the period. */
    public List<TrendPoint> trends(MonitoringFilter filter) {
        readModel.refresh();
        return trends.points(filter);
    }

    private Figures headlineOf(MonitoringFilter filter) {
        FamilyRow families = queries.families(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, FamilyRow.NONE);
        Map<String, String> organisations = directory.allOrganisations().stream()
                .collect(Collectors.toMap(o -> String.valueOf(o.id()), OrganisationItem::name));
        Map<String, Long> referrals = queries.referrals(filter).entrySet().stream().collect(Collectors.toMap(
                e -> organisations.getOrDefault(String.valueOf(e.getKey()), ""), Map.Entry::getValue, Long::sum));
        Integer households = filter.wijkId() == null ? null
                : queries.households(filter.from().getYear()).get(filter.wijkId());
        return FigureAssembly.figures(families,
                queries.sessions(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, SessionRow.NONE),
                queries.filling(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, FillingRow.NONE),
                queries.waiting(filter, Dim.TOTAL).getOrDefault(Key.TOTAL, WaitingRow.NONE),
                queries.waitedDays(filter), households,
                FigureAssembly.toeleiding(queries.toeleiding(filter), families.families()),
                FigureAssembly.referrals(referrals, families.families()));
    }

    private Matrix matrixOf(MonitoringFilter filter) {
        Map<Key, FamilyRow> families = queries.families(filter, Dim.CELL);
        Map<Key, SessionRow> sessions = queries.sessions(filter, Dim.CELL);
        Map<Key, WaitingRow> waiting = queries.waiting(filter, Dim.CELL);
        Map<Key, Long> groups = queries.groupsInPeriod(filter, Dim.CELL);
        Map<Key, SignalRow> open = signals.open(filter, true);
        Set<Key> keys = new HashSet<>(families.keySet());
        keys.addAll(groups.keySet());
        keys.addAll(waiting.keySet());
        keys.addAll(open.keySet());
        Map<Key, FamilyRow> perWijk = queries.families(filter, Dim.WIJK);
        Map<Long, Integer> households = queries.households(filter.from().getYear());
        List<ThemeColumn> columns = directory.allThemes().stream()
                .filter(t -> filter.themeId() == null || t.id() == filter.themeId())
                .map(t -> new ThemeColumn(t.id(), t.name())).toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (WijkItem wijk : directory.allWijken()) {
            Map<Long, Cell> cells = new LinkedHashMap<>();
            for (ThemeColumn column : columns) {
                Key key = new Key(wijk.id(), column.themeId());
                if (keys.contains(key)) {
                    cells.put(column.themeId(), cell(key, families.getOrDefault(key, FamilyRow.NONE),
                            sessions.getOrDefault(key, SessionRow.NONE), waiting.getOrDefault(key, WaitingRow.NONE),
                            groups.getOrDefault(key, 0L), open.getOrDefault(key, SignalRow.NONE)));
                }
            }
            if (!cells.isEmpty()) {
                long reached = perWijk.getOrDefault(new Key(wijk.id(), 0), FamilyRow.NONE).families();
                rows.add(new MatrixRow(wijk.id(), wijk.name(), Figure.count(reached, reached),
                        Figure.perThousand(reached, households.get(wijk.id())), cells));
            }
        }
        return new Matrix(columns, rows);
    }

    /** The drill-down: every group of the selection (e.g. one wijk) with its figures. */
    public List<GroupLine> groups(MonitoringFilter filter) {
        readModel.refresh();
        Map<Key, FamilyRow> families = queries.families(filter, Dim.GROUP);
        Map<Key, SessionRow> sessions = queries.sessions(filter, Dim.GROUP);
        Map<Key, FillingRow> filling = queries.filling(filter, Dim.GROUP);
        Map<Key, WaitingRow> waiting = queries.waiting(filter, Dim.GROUP);
        Set<Long> ids = new HashSet<>();
        List.of(families.keySet(), sessions.keySet(), queries.groupsInPeriod(filter, Dim.GROUP).keySet())
                .forEach(keys -> keys.forEach(k -> ids.add(k.first())));
        Map<Long, String> wijken = directory.allWijken().stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
        Map<Long, String> themes = directory.allThemes().stream().collect(Collectors.toMap(ThemeItem::id,
                ThemeItem::name));
        return groupNames.of(ids).values().stream().map(g -> {
            Key key = new Key(g.id(), 0);
            return new GroupLine(g.id(), g.name(), themes.get(g.themeId()), wijken.get(g.wijkId()),
                    FigureAssembly.figures(families.getOrDefault(key, FamilyRow.NONE),
                            sessions.getOrDefault(key, SessionRow.NONE), filling.getOrDefault(key, FillingRow.NONE),
                            waiting.getOrDefault(key, WaitingRow.NONE), List.of(), null, List.of(), List.of()));
        }).sorted(Comparator.comparing(GroupLine::name)).toList();
    }

    /** One group's figures in the period (aggregates only). */
    public GroupLine group(MonitoringFilter filter, long groupId) {
        var name = groupNames.of(List.of(groupId)).get(groupId);
        if (name == null) {
            throw new java.util.NoSuchElementException("no group " + groupId);
        }
        Map<Long, String> wijken = directory.allWijken().stream().collect(Collectors.toMap(WijkItem::id,
                WijkItem::name));
        Map<Long, String> themes = directory.allThemes().stream().collect(Collectors.toMap(ThemeItem::id,
                ThemeItem::name));
        return new GroupLine(groupId, name.name(), themes.get(name.themeId()), wijken.get(name.wijkId()),
                headline(filter.withGroup(groupId)));
    }

    private static Cell cell(Key key, FamilyRow f, SessionRow s, WaitingRow w, long groups, SignalRow signal) {
        boolean demand = signal.signals() > 0 || w.waiting() > 0;
        return new Cell(key.first(), key.second(), Figure.plain(groups), Figure.count(f.families(), f.families()),
                Figure.share(s.present(), s.expected(), f.families()), Figure.count(w.waiting(), w.families()),
                Figure.plain(signal.signals()), Figure.plain(signal.families()), signal.lastNoticed(),
                demand && groups == 0);
    }
}
