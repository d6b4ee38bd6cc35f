package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.CsvFile;
import nl.groepskracht.monitoring.MonitoringViews.Cell;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every table of the dashboard as a spreadsheet file (semicolons, UTF-8 with BOM, cells neutralised),
 * in the reader's language, with the same protected figures as the page: its name and first lines say
 * what it holds, and a totals row closes it where totals make sense.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
public class MonitoringExports {

    /** The columns of a figures row (matrix, groups), by key of {@link FigureKeys}. */
    private static final List<String> ROW = List.of("groups", "sessions", "bereik", "per-thousand", "opkomst",
            "walk-in", "walk-in-children", "walk-in-sessions", "waiting");
    private static final List<String> GROUP_ROW = List.of("sessions", "bereik", "walk-in", "walk-in-children",
            "vulling", "later-places", "opkomst", "afgemeld", "uitval", "no-show", "waiting");

    private final MonitoringService monitoring;
    private final CsvHeading heading;
    private final MessageSource messages;

    MonitoringExports(MonitoringService monitoring, CsvHeading heading, MessageSource messages) {
        this.monitoring = monitoring;
        this.heading = heading;
        this.messages = messages;
    }

    /** The headline figures with their definitions, toeleiding and referrals (a group's, with its filter). */
    public CsvFile headline(MonitoringFilter filter, Locale language) {
        Figures figures = monitoring.headline(filter);
        List<List<Object>> rows = new ArrayList<>();
        FigureKeys.ALL.forEach(key -> rows.add(List.of(text("monitoring.figure." + key, language),
                        FigureKeys.value(figures, key).text(language), text("monitoring.def." + key, language))));
        figures.toeleiding().forEach(share -> rows.add(List.of(text("monitoring.toeleiding", language) + ": "
                + text(FigureKeys.toeleidingKey(share.label()), language), share.families().text(language),
                share.share().text(language))));
        figures.referrals().forEach(share -> rows.add(List.of(text("monitoring.referrals", language) + ": "
                + share.label(), share.families().text(language), share.share().text(language))));
        String table = filter.groupId() == null ? "headline" : "group";
        return file(table, filter, language, header(language, "monitoring.csv.figure", "monitoring.csv.value",
                "monitoring.csv.definition"), rows);
    }

    /** Wijk × theme, then per wijk all themes, per theme all wijken, and everything. */
    public CsvFile matrix(MonitoringFilter filter, Locale language) {
        Matrix matrix = monitoring.matrix(filter);
        List<List<Object>> rows = new ArrayList<>();
        String all = text("monitoring.csv.all", language);
        for (var row : matrix.rows()) {
            for (var column : matrix.themes()) {
                Cell cell = row.cells().get(column.themeId());
                if (cell != null) {
                    List<Object> line = new ArrayList<>(List.of(row.wijk(), column.theme()));
                    line.addAll(values(cell.figures(), ROW, language));
                    line.addAll(List.of(cell.groupsOpen().text(language), cell.openSignals().text(language),
                            cell.signalFamilies().text(language),
                            text(cell.unmet() ? "monitoring.yes" : "monitoring.no", language)));
                    rows.add(line);
                }
            }
            rows.add(totalRow(row.wijk(), all, row.total(), language));
        }
        matrix.themes().forEach(column -> rows.add(totalRow(all, column.theme(),
                matrix.themeTotals().get(column.themeId()), language)));
        rows.add(totalRow(all, all, matrix.total(), language));
        List<String> header = new ArrayList<>(header(language, "monitoring.wijk", "monitoring.theme"));
        ROW.forEach(key -> header.add(text("monitoring.figure." + key, language)));
        header.addAll(header(language, "monitoring.figure.groups-open", "monitoring.signals",
                "monitoring.signal-families", "monitoring.unmet"));
        return file("matrix", filter, language, header, rows);
    }

    /** Per month (clipped to the period, up to today), then the whole period. */
    public CsvFile trends(MonitoringFilter filter, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint point : monitoring.trends(filter)) {
            rows.add(List.of(MonthLabel.of(point, language, true), point.bereik().text(language),
                    point.opkomst().text(language), point.groupsRunning().text(language),
                    point.walkInAdults().text(language), point.walkInChildren().text(language),
                    point.sessionsHeld().text(language)));
        }
        Figures whole = monitoring.headline(filter);
        rows.add(List.of(text("monitoring.csv.whole-period", language), whole.bereik().text(language),
                whole.opkomst().text(language), whole.groups().text(language), whole.walkInAdults().text(language),
                whole.walkInChildren().text(language), whole.sessionsHeld().text(language)));
        return file("trends", filter, language, header(language, "monitoring.month", "monitoring.figure.bereik",
                "monitoring.figure.opkomst", "monitoring.figure.groups", "monitoring.figure.walk-in",
                "monitoring.figure.walk-in-children", "monitoring.figure.sessions"), rows);
    }

    public CsvFile unmetDemand(MonitoringFilter filter, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnmetDemand unmet : monitoring.unmetDemand(filter)) {
            rows.add(Arrays.asList(unmet.wijk(), unmet.theme(), unmet.openSignals().text(language),
                    unmet.signalFamilies().text(language), unmet.waiting().text(language), unmet.lastNoticed()));
        }
        return file("unmet", filter, language, header(language, "monitoring.wijk", "monitoring.theme",
                "monitoring.signals", "monitoring.signal-families", "monitoring.figure.waiting",
                "monitoring.last-noticed"), rows);
    }

    /** The groups of the selection (a wijk's drill-down) with their figures, then the selection's total. */
    public CsvFile groups(MonitoringFilter filter, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupLine group : monitoring.groups(filter)) {
            List<Object> row = new ArrayList<>(List.of(group.name(), group.theme(), group.wijk(),
                    text(group.walkIn() ? "monitoring.kind.walk-in" : "monitoring.kind.signup", language)));
            row.addAll(values(group.figures(), GROUP_ROW, language));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(text("monitoring.csv.all-groups", language), "", "", ""));
        total.addAll(values(monitoring.headline(filter), GROUP_ROW, language));
        rows.add(total);
        List<String> header = new ArrayList<>(header(language, "monitoring.group", "monitoring.theme",
                "monitoring.wijk", "monitoring.kind"));
        GROUP_ROW.forEach(key -> header.add(text("monitoring.figure." + key, language)));
        return file("groups", filter, language, header, rows);
    }

    private List<Object> totalRow(String wijk, String theme, Figures figures, Locale language) {
        List<Object> line = new ArrayList<>(List.of(wijk, theme));
        line.addAll(values(figures, ROW, language));
        line.addAll(List.of("", "", "", ""));
        return line;
    }

    private static List<String> values(Figures figures, List<String> keys, Locale language) {
        return keys.stream().map(key -> FigureKeys.value(figures, key).text(language)).toList();
    }

    private CsvFile file(String table, MonitoringFilter filter, Locale language, List<String> header,
            List<? extends List<?>> rows) {
        return heading.file(table, filter, language, header, rows);
    }

    private List<String> header(Locale language, String... keys) {
        return Stream.of(keys).map(key -> text(key, language)).toList();
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
