package nl.groepskracht.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.knowledge.ThemedTitle;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.FigureTables;
import nl.groepskracht.monitoring.MonitoringViews.TableRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the impact report from the monitoring figures, the parents' answers and the knowledge base. The
 * headline figures and the tables per theme and per wijk are the monitoring's own {@link
 * MonitoringService#tables tables}: protected by the "&lt; 5" rule and the period's secondary suppression
 * exactly as the dashboard shows them for the same period and selection.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.ADVISEUR_OR_ADMIN)
public class ImpactReports {

    /** At most this many quotes: a report hands over a few voices, not the answers. */
    static final int MAX_QUOTES = 8;
    private final MonitoringService monitoring;
    private final EvaluationResults results;
    private final OpenAnswers open;
    private final KnowledgeService knowledge;
    private final DirectoryService directory;
    private final ReportSummary summary;
    private final ReportCharts charts;
    private final ReportLogos logos;
    private final Clock clock;
    private final String organisation;
    private final String contact;

    ImpactReports(MonitoringService monitoring, EvaluationResults results, OpenAnswers open,
            KnowledgeService knowledge, DirectoryService directory, ReportSummary summary, ReportCharts charts,
            ReportLogos logos, Clock clock, @Value("${groepskracht.report.organisation:}") String organisation,
            @Value("${groepskracht.report.contact:}") String contact) {
        this.monitoring = monitoring;
        this.results = results;
        this.open = open;
        this.knowledge = knowledge;
        this.directory = directory;
        this.summary = summary;
        this.charts = charts;
        this.logos = logos;
        this.clock = clock;
        this.organisation = organisation.strip();
        this.contact = contact.strip();
    }

    public ImpactReport report(LocalDate from, LocalDate to, Set<Long> wijkIds, Set<Long> themeIds, Locale locale) {
        var period = new ImpactReport.Period(from, to);
        var previous = period.previous();
        MonitoringFilter filter = MonitoringFilter.period(from, to).within(wijkIds, themeIds);
        MonitoringFilter before = MonitoringFilter.period(previous.from(), previous.to()).within(wijkIds, themeIds);
        FigureTables tables = monitoring.tables(filter);
        FigureTables earlier = monitoring.tables(before);
        var now = new ReportSummary.Side(period, tables.total(), results.total(filter));
        var then = new ReportSummary.Side(previous, earlier.total(), results.total(before));
        Map<Long, String> themeNames = directory.allThemes().stream()
                .collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
        Map<Long, String> wijkNames = directory.allWijken().stream()
                .collect(Collectors.toMap(WijkItem::id, WijkItem::name));
        List<TableRow> perTheme = met(tables.perTheme());
        List<VerdictLine> verdicts = results.perTheme(filter).stream().filter(v -> v.verdict().enough()).toList();
        var sender = new ImpactReport.Sender(LocalDate.now(clock.withZone(AppZone.ID)), organisation, contact,
                logos.current().map(ReportLogos.Logo::dataUri).orElse(null));
        return new ImpactReport(period, previous, names(wijkIds, wijkNames), names(themeIds, themeNames), sender,
                summary.sentences(now, then, locale), summary.keyFigures(now, then, locale), perTheme,
                met(tables.perWijk()), monitoring.unmetDemand(filter), verdicts,
                elements(perTheme, themeNames), quotes(filter, themeNames),
                charts.reach(perTheme, earlier.perTheme(), previous, locale),
                charts.verdict(verdicts, locale));
    }

    /** The rows where a group met in the period (a theme or wijk with only people waiting is no row). */
    private static List<TableRow> met(List<TableRow> rows) {
        return rows.stream().filter(row -> row.figures().sessionsHeld().value() > 0).toList();
    }

    /** The werkzame elementen of the themes that met, each with its one-line summary. */
    private List<ImpactReport.ThemeElements> elements(List<TableRow> themes, Map<Long, String> names) {
        Set<Long> ids = themes.stream().map(TableRow::id).collect(Collectors.toSet());
        Map<Long, List<ThemedTitle>> byTheme = knowledge.titles(KnowledgeKind.WERKZAAM_ELEMENT, ids).stream()
                .collect(Collectors.groupingBy(ThemedTitle::themeId));
        return themes.stream().filter(t -> byTheme.containsKey(t.id()))
                .map(t -> new ImpactReport.ThemeElements(names.get(t.id()), byTheme.get(t.id()))).toList();
    }

    /** Chosen quotes of groups with enough answers, each text once (two parents may have written the same). */
    private List<ImpactReport.QuoteLine> quotes(MonitoringFilter filter, Map<Long, String> themeNames) {
        List<Long> enough = results.verdicts(filter, AnswerQueries.By.GROUP).entrySet().stream()
                .filter(e -> e.getValue().enough()).map(Map.Entry::getKey).sorted().toList();
        Map<String, ImpactReport.QuoteLine> once = new LinkedHashMap<>();
        for (Quote q : open.quotes(enough, MAX_QUOTES * 2)) {
            once.putIfAbsent(q.text().strip().toLowerCase(Locale.ROOT), new ImpactReport.QuoteLine(
                    themeNames.getOrDefault(q.themeId(), ""), q.field(), q.text().strip()));
        }
        return once.values().stream().limit(MAX_QUOTES).toList();
    }

    private static List<String> names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "")).filter(n -> !n.isEmpty()).sorted().toList();
    }
}
