package nl.groepskracht.evaluation;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import org.springframework.stereotype.Component;

/**
 * The tables from the monitoring's headline figures, one selection per theme or wijk: the very numbers the
 * dashboard shows with that theme or wijk chosen. (Secondary suppression across the rows belongs to the
 * monitoring module; when it offers suppressed tables, this class asks for those instead.)
 */
@Component
class HeadlineTables implements ReportTables {

    private final MonitoringService monitoring;
    private final DirectoryService directory;

    HeadlineTables(MonitoringService monitoring, DirectoryService directory) {
        this.monitoring = monitoring;
        this.directory = directory;
    }

    @Override
    public List<Row> perTheme(MonitoringFilter filter, Set<Long> themeIds) {
        return rows(directory.allThemes(), ThemeItem::id, ThemeItem::name, themeIds,
                id -> monitoring.headline(filter.withTheme(id)));
    }

    @Override
    public List<Row> perWijk(MonitoringFilter filter, Set<Long> wijkIds) {
        return rows(directory.allWijken(), WijkItem::id, WijkItem::name, wijkIds,
                id -> monitoring.headline(filter.withWijk(id)));
    }

    private static <T> List<Row> rows(List<T> items, Function<T, Long> id, Function<T, String> name, Set<Long> chosen,
            Function<Long, Figures> figures) {
        return items.stream().filter(item -> chosen.isEmpty() || chosen.contains(id.apply(item)))
                .map(item -> new Row(id.apply(item), name.apply(item), figures.apply(id.apply(item))))
                .filter(row -> row.figures().sessionsHeld().value() > 0)
                .sorted(java.util.Comparator.comparing(Row::name)).toList();
    }
}
