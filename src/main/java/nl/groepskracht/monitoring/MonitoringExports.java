package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.SpreadsheetCsv;
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
 * in the reader's language; a figure resting on fewer than five families reads "&lt; 5" here too.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
public class MonitoringExports {

    /** The headline figures in the order the dashboard shows them, by translation key. */
    public static final List<String> HEADLINE = List.of("bereik", "walk-in", "vulling", "opkomst", "afgemeld",
            "uitval", "no-show", "waiting", "wait-days", "groups", "sessions");

    private final MonitoringService monitoring;
    private final MessageSource messages;

    MonitoringExports(MonitoringService monitoring, MessageSource messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    public byte[] headline(MonitoringFilter filter, Locale language) {
        Figures figures = monitoring.headline(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (String key : HEADLINE) {
            rows.add(List.of(text("monitoring.figure." + key, language), value(figures, key).text(language),
                    text("monitoring.def." + key, language)));
        }
        figures.toeleiding().forEach(share -> rows.add(List.of(text("monitoring.toeleiding", language) + ": "
                + text(toeleidingKey(share.label()), language), share.families().text(language),
                share.share().text(language))));
        figures.referrals().forEach(share -> rows.add(List.of(text("monitoring.referrals", language) + ": "
                + share.label(), share.families().text(language), share.share().text(language))));
        return SpreadsheetCsv.write(header(language, "monitoring.csv.figure", "monitoring.csv.value",
                "monitoring.csv.definition"), rows);
    }

    public byte[] matrix(MonitoringFilter filter, Locale language) {
        Matrix matrix = monitoring.matrix(filter);
        List<List<Object>> rows = new ArrayList<>();
        for (var row : matrix.rows()) {
            for (var column : matrix.themes()) {
                var cell = row.cells().get(column.themeId());
                if (cell != null) {
                    rows.add(List.of(row.wijk(), column.theme(), cell.groups().text(language),
                            cell.bereik().text(language), cell.opkomst().text(language), cell.waiting().text(language),
                            cell.openSignals().text(language), cell.signalFamilies().text(language),
                            text(cell.unmet() ? "monitoring.yes" : "monitoring.no", language)));
                }
            }
        }
        return SpreadsheetCsv.write(header(language, "monitoring.wijk", "monitoring.theme", "monitoring.figure.groups",
                "monitoring.figure.bereik", "monitoring.figure.opkomst", "monitoring.figure.waiting",
                "monitoring.signals", "monitoring.signal-families", "monitoring.unmet"), rows);
    }

    public byte[] trends(MonitoringFilter filter, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint point : monitoring.trends(filter)) {
            rows.add(List.of(point.month().toString(), point.bereik().text(language), point.opkomst().text(language),
                    point.groupsRunning().text(language)));
        }
        return SpreadsheetCsv.write(header(language, "monitoring.month", "monitoring.figure.bereik",
                "monitoring.figure.opkomst", "monitoring.trend.groups"), rows);
    }

    public byte[] unmetDemand(MonitoringFilter filter, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        for (UnmetDemand unmet : monitoring.unmetDemand(filter)) {
            rows.add(java.util.Arrays.asList(unmet.wijk(), unmet.theme(), unmet.openSignals().text(language),
                    unmet.signalFamilies().text(language), unmet.waiting().text(language), unmet.lastNoticed()));
        }
        return SpreadsheetCsv.write(header(language, "monitoring.wijk", "monitoring.theme", "monitoring.signals",
                "monitoring.signal-families", "monitoring.figure.waiting", "monitoring.last-noticed"), rows);
    }

    /** The groups of the selection (a wijk's drill-down) with their figures. */
    public byte[] groups(MonitoringFilter filter, Locale language) {
        List<List<Object>> rows = new ArrayList<>();
        for (GroupLine group : monitoring.groups(filter)) {
            List<Object> row = new ArrayList<>(List.of(group.name(), group.theme(), group.wijk()));
            Stream.of("sessions", "bereik", "vulling", "opkomst", "afgemeld", "uitval", "no-show", "waiting")
                    .forEach(key -> row.add(value(group.figures(), key).text(language)));
            rows.add(row);
        }
        return SpreadsheetCsv.write(header(language, "monitoring.group", "monitoring.theme", "monitoring.wijk",
                "monitoring.figure.sessions", "monitoring.figure.bereik", "monitoring.figure.vulling",
                "monitoring.figure.opkomst", "monitoring.figure.afgemeld", "monitoring.figure.uitval",
                "monitoring.figure.no-show", "monitoring.figure.waiting"), rows);
    }

    /** A headline figure by its key (the same keys as the translations). */
    public static Figure value(Figures figures, String key) {
        return switch (key) {
            case "bereik" -> figures.bereik();
            case "per-thousand" -> figures.perThousandHouseholds();
            case "walk-in" -> figures.walkInAdults();
            case "vulling" -> figures.vulling();
            case "opkomst" -> figures.opkomst();
            case "afgemeld" -> figures.afgemeld();
            case "uitval" -> figures.uitval();
            case "no-show" -> figures.noShow();
            case "waiting" -> figures.waiting();
            case "wait-days" -> figures.medianWaitDays();
            case "groups" -> figures.groups();
            case "sessions" -> figures.sessionsHeld();
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** The translation key of a toeleiding answer (or of "no answer"). */
    public static String toeleidingKey(String answer) {
        return FigureAssembly.UNKNOWN.equals(answer) ? "toeleiding.unknown" : "toeleiding." + answer;
    }

    private List<String> header(Locale language, String... keys) {
        return Stream.of(keys).map(key -> text(key, language)).toList();
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
