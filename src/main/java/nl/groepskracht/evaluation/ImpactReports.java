package nl.groepskracht.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the impact report from the monitoring figures, the parents' answers and the knowledge base. */
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
    private final MessageSource messages;

    ImpactReports(MonitoringService monitoring, EvaluationResults results, OpenAnswers open,
            KnowledgeService knowledge, DirectoryService directory, MessageSource messages) {
        this.monitoring = monitoring;
        this.results = results;
        this.open = open;
        this.knowledge = knowledge;
        this.directory = directory;
        this.messages = messages;
    }

    public ImpactReport report(LocalDate from, LocalDate to, Set<Long> wijkIds, Set<Long> themeIds, Locale locale) {
        MonitoringFilter filter = MonitoringFilter.period(from, to).within(wijkIds, themeIds);
        Map<Long, String> themeNames = directory.allThemes().stream()
                .collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
        Map<Long, String> wijkNames = directory.allWijken().stream()
                .collect(Collectors.toMap(WijkItem::id, WijkItem::name));
        Map<Long, Verdict> perTheme = results.verdicts(filter, AnswerQueries.By.THEME);
        Map<Long, List<String>> elements = knowledge.titles(KnowledgeKind.WERKZAAM_ELEMENT, themeNames.keySet())
                .stream().collect(Collectors.groupingBy(ThemedTitle::themeId,
                        Collectors.mapping(ThemedTitle::title, Collectors.toList())));
        // the monitoring's own tables, protected as the dashboard shows them for this period and selection
        FigureTables tables = monitoring.tables(filter);
        List<ImpactReport.ThemeSection> sections = new ArrayList<>();
        for (ThemeItem theme : directory.allThemes()) {
            if (!themeIds.isEmpty() && !themeIds.contains(theme.id())) {
                continue;
            }
            Figures figures = tables.theme(theme.id());
            Verdict verdict = perTheme.getOrDefault(theme.id(), Verdict.of(Verdict.Tally.NONE, 0));
            if (themeIds.isEmpty() && figures.groups().value() == 0 && verdict.invited().value() == 0) {
                continue;
            }
            sections.add(new ImpactReport.ThemeSection(theme.name(), figures, verdict,
                    elements.getOrDefault(theme.id(), List.of())));
        }
        sections.sort(Comparator.comparing(ImpactReport.ThemeSection::theme));
        return new ImpactReport(from, to, names(wijkIds, wijkNames), names(themeIds, themeNames),
                tables.total(), results.total(filter), sections, quotes(filter, themeNames),
                reachChart(sections, locale), verdictChart(sections, locale));
    }

    private List<ImpactReport.QuoteLine> quotes(MonitoringFilter filter, Map<Long, String> themeNames) {
        List<Long> enough = results.verdicts(filter, AnswerQueries.By.GROUP).entrySet().stream()
                .filter(e -> e.getValue().enough()).map(Map.Entry::getKey).sorted().toList();
        return open.quotes(enough, MAX_QUOTES).stream()
                .map(q -> new ImpactReport.QuoteLine(themeNames.getOrDefault(q.themeId(), ""), q.field(), q.text()))
                .toList();
    }

    private String reachChart(List<ImpactReport.ThemeSection> sections, Locale locale) {
        return ReportChart.svg(List.of(text("monitoring.figure.bereik", locale)), sections.stream()
                .map(s -> new ReportChart.Bars(s.theme(), List.of(s.figures().bereik()))).toList(), null,
                text("report.chart.alt", locale, text("report.chart.reach", locale)));
    }

    private String verdictChart(List<ImpactReport.ThemeSection> sections, Locale locale) {
        List<String> series = java.util.Arrays.stream(Question.values())
                .map(q -> text("evaluation.figure." + q.key(), locale)).toList();
        return ReportChart.svg(series, sections.stream().map(s -> new ReportChart.Bars(s.theme(),
                s.verdict().scores().stream().map(Verdict.Score::average).toList())).toList(), 5.0,
                text("report.chart.alt", locale, text("report.chart.verdict", locale)));
    }

    private static List<String> names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "")).filter(n -> !n.isEmpty()).sorted().toList();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }
}
