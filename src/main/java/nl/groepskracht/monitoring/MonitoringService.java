package nl.groepskracht.monitoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.FigureQueries.Dim;
import nl.groepskracht.monitoring.FigureQueries.Key;
import nl.groepskracht.monitoring.MonitoringViews.Dashboard;
import nl.groepskracht.monitoring.MonitoringViews.FigureTables;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.TableRow;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The adviseur's figures: reach, attendance and unmet demand per wijk and theme, for a period and a
 * selection. Aggregates only; every figure is protected the same way in every view of a period (the
 * "&lt; 5" rule and secondary suppression, worked out on the period's unfiltered tables, see {@link
 * PeriodProtection}). The read model is brought up to date before each read.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
public class MonitoringService {

    private final ReadModel readModel;
    private final Protections protections;
    private final SelectionFigures figures;
    private final MatrixAssembly matrices;
    private final TrendQueries trends;
    private final GroupNames groupNames;
    private final DirectoryService directory;

    MonitoringService(ReadModel readModel, Protections protections, SelectionFigures figures, MatrixAssembly matrices,
            TrendQueries trends, GroupNames groupNames, DirectoryService directory) {
        this.readModel = readModel;
        this.protections = protections;
        this.figures = figures;
        this.matrices = matrices;
        this.trends = trends;
        this.groupNames = groupNames;
        this.directory = directory;
    }

    /** Everything the dashboard shows, with one refresh of the read model. */
    public Dashboard dashboard(MonitoringFilter filter) {
        PeriodProtection protection = refresh(filter);
        Figures headline = figures.headline(filter, protection);
        Matrix matrix = matrices.matrix(filter, headline, protection);
        return new Dashboard(headline, matrix, matrix.unmet(), trends.points(filter, protection));
    }

    /** The headline figures of the selection (for the dashboard and the adviseur's start page). */
    public Figures headline(MonitoringFilter filter) {
        return figures.headline(filter, refresh(filter));
    }

    /** Wijk × theme with totals per wijk, per theme and in all; wijken with anything to show. */
    public Matrix matrix(MonitoringFilter filter) {
        PeriodProtection protection = refresh(filter);
        return matrices.matrix(filter, figures.headline(filter, protection), protection);
    }

    /** "Hier zou een groep kunnen starten": cells with demand and no group, most families first. */
    public List<UnmetDemand> unmetDemand(MonitoringFilter filter) {
        return matrix(filter).unmet();
    }

    /** Reach, opkomst, groups, walk-ins and sessions per calendar month of the period (up to today). */
    public List<TrendPoint> trends(MonitoringFilter filter) {
        return trends.points(filter, refresh(filter));
    }

    /**
     * The selection's figures in total, per theme and per wijk, protected exactly as the dashboard
     * shows them for the same period and filters: the impact report's numbers.
     */
    public FigureTables tables(MonitoringFilter filter) {
        PeriodProtection protection = refresh(filter);
        Map<Long, String> themes = themeNames();
        Map<Long, String> wijken = wijkNames();
        List<TableRow> perTheme = figures.by(filter, Dim.THEME, protection).entrySet().stream()
                .map(e -> new TableRow(e.getKey().second(), themes.get(e.getKey().second()), e.getValue()))
                .sorted(Comparator.comparing(TableRow::name)).toList();
        List<TableRow> perWijk = figures.by(filter, Dim.WIJK, protection).entrySet().stream()
                .map(e -> new TableRow(e.getKey().first(), wijken.get(e.getKey().first()), e.getValue()))
                .sorted(Comparator.comparing(TableRow::name)).toList();
        return new FigureTables(figures.headline(filter, protection), perTheme, perWijk);
    }

    /** The drill-down: every group of the selection (e.g. one wijk) with its figures. */
    public List<GroupLine> groups(MonitoringFilter filter) {
        Map<Key, Figures> perGroup = figures.by(filter, Dim.GROUP, refresh(filter));
        Map<Long, String> wijken = wijkNames();
        Map<Long, String> themes = themeNames();
        var withGroupsInPeriod = new java.util.HashSet<Long>();
        perGroup.keySet().forEach(k -> withGroupsInPeriod.add(k.first()));
        figures.groupsInPeriod(filter).forEach(withGroupsInPeriod::add);
        return groupNames.of(withGroupsInPeriod).values().stream().map(g -> new GroupLine(g.id(), g.name(),
                themes.get(g.themeId()), g.wijkId(), wijken.get(g.wijkId()), g.walkIn(),
                perGroup.getOrDefault(new Key(g.id(), 0), SelectionFigures.none())))
                .sorted(Comparator.comparing(GroupLine::name)).toList();
    }

    /** One group's figures in the period (aggregates only). */
    public GroupLine group(MonitoringFilter filter, long groupId) {
        var name = groupNames.of(List.of(groupId)).get(groupId);
        if (name == null) {
            throw new NoSuchElementException("no group " + groupId);
        }
        return new GroupLine(groupId, name.name(), themeNames().get(name.themeId()), name.wijkId(),
                wijkNames().get(name.wijkId()),
                name.walkIn(), headline(filter.withGroup(groupId)));
    }

    private PeriodProtection refresh(MonitoringFilter filter) {
        readModel.refresh();
        return protections.of(filter);
    }

    private Map<Long, String> wijkNames() {
        return directory.allWijken().stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
    }

    private Map<Long, String> themeNames() {
        return directory.allThemes().stream().collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
    }
}
