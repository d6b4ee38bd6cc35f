package nl.groepskracht.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonitoringViews.TableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report's two charts, each with its axis in words and a text alternative saying what it shows. */
@Component
class ReportCharts {

    private final MessageSource messages;

    ReportCharts(MessageSource messages) {
        this.messages = messages;
    }

    /** Families reached per theme, this period beside the previous one. */
    String reach(List<TableRow> now, List<TableRow> before, ImpactReport.Period previous,
            Locale locale) {
        Map<Long, Figure> earlier = before.stream()
                .collect(Collectors.toMap(TableRow::id, r -> r.figures().bereik()));
        List<ReportChart.Bars> rows = now.stream().map(r -> new ReportChart.Bars(r.name(), List.of(r.figures().bereik(),
                earlier.getOrDefault(r.id(), Figure.count(0, 0))))).toList();
        return ReportChart.svg(List.of(text("report.chart.this-period", locale),
                text("report.chart.previous-period", locale)), rows,
                new ReportChart.Axis(text("report.chart.families", locale), 0.0, null, false),
                text("report.chart.alt", locale, text("report.chart.reach", locale)));
    }

    /** The mean answer per statement and theme, on the 1–5 scale drawn from 1 to 5. */
    String verdict(List<VerdictLine> themes, Locale locale) {
        List<String> series = Arrays.stream(Question.values())
                .map(q -> text("evaluation.figure." + q.key(), locale)).toList();
        List<ReportChart.Bars> rows = themes.stream().map(v -> new ReportChart.Bars(v.name(),
                v.verdict().scores().stream().map(Verdict.Score::average).toList())).toList();
        return ReportChart.svg(series, rows, new ReportChart.Axis(text("report.chart.scale", locale), 1.0, 5.0, true),
                text("report.chart.alt", locale, text("report.chart.verdict", locale)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
