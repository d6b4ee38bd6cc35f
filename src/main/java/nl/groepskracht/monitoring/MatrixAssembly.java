package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.FigureQueries.Dim;
import nl.groepskracht.monitoring.FigureQueries.Key;
import nl.groepskracht.monitoring.MonitoringViews.Cell;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.MatrixRow;
import nl.groepskracht.monitoring.MonitoringViews.ThemeColumn;
import nl.groepskracht.monitoring.SignalQueries.SignalRow;
import org.springframework.stereotype.Component;

/**
 * Wijk × theme for a selection: per cell its figures, the groups open or running and open demand
 * signals; a total per wijk, per theme and in all. Every figure protected like the rest of the period.
 */
@Component
class MatrixAssembly {

    private final SelectionFigures figures;
    private final FigureQueries queries;
    private final SignalQueries signals;
    private final DirectoryService directory;

    MatrixAssembly(SelectionFigures figures, FigureQueries queries, SignalQueries signals,
            DirectoryService directory) {
        this.figures = figures;
        this.queries = queries;
        this.signals = signals;
        this.directory = directory;
    }

    Matrix matrix(MonitoringFilter filter, Figures total, PeriodProtection protection) {
        Map<Key, Figures> cells = figures.by(filter, Dim.CELL, protection);
        Map<Key, Figures> wijken = figures.by(filter, Dim.WIJK, protection);
        Map<Key, Figures> themes = figures.by(filter, Dim.THEME, protection);
        Map<Key, Long> open = queries.groupsInPeriod(filter, Dim.CELL);
        Map<Key, SignalRow> demand = signals.open(filter, true);
        Set<Key> keys = new HashSet<>(cells.keySet());
        keys.addAll(open.keySet());
        keys.addAll(demand.keySet());
        List<ThemeColumn> columns = directory.allThemes().stream()
                .filter(t -> filter.themeId() == null || t.id() == filter.themeId())
                .filter(t -> filter.themeIds().isEmpty() || filter.themeIds().contains(t.id()))
                .map(t -> new ThemeColumn(t.id(), t.name())).toList();
        List<MatrixRow> rows = new ArrayList<>();
        for (WijkItem wijk : directory.allWijken()) {
            Map<Long, Cell> row = new LinkedHashMap<>();
            for (ThemeColumn column : columns) {
                Key key = new Key(wijk.id(), column.themeId());
                if (keys.contains(key)) {
                    row.put(column.themeId(), cell(key, cells.getOrDefault(key, SelectionFigures.none()),
                            open.getOrDefault(key, 0L), demand.getOrDefault(key, SignalRow.NONE)));
                }
            }
            if (!row.isEmpty()) {
                rows.add(new MatrixRow(wijk.id(), wijk.name(), wijken.getOrDefault(new Key(wijk.id(), 0),
                        SelectionFigures.none()), row));
            }
        }
        Map<Long, Figures> themeTotals = new HashMap<>();
        columns.forEach(c -> themeTotals.put(c.themeId(), themes.getOrDefault(new Key(0, c.themeId()),
                SelectionFigures.none())));
        return new Matrix(columns, rows, themeTotals, total);
    }

    private static Cell cell(Key key, Figures figures, long groupsOpen, SignalRow signal) {
        boolean demand = signal.signals() > 0 || figures.waiting().value() > 0;
        return new Cell(key.first(), key.second(), figures, Figure.plain(groupsOpen), Figure.plain(signal.signals()),
                Figure.plain(signal.families()), signal.lastNoticed(), demand && groupsOpen == 0);
    }
}
