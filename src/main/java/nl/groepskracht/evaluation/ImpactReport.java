package nl.groepskracht.evaluation;

import java.time.LocalDate;
import java.util.List;
import nl.groepskracht.monitoring.MonitoringViews.Figures;

/**
 * "Wat levert preventie op": a period and selection, its groups, sessions, reach, opkomst and uitval,
 * per theme the parents' evaluation and the werkzame elementen recorded for it, and quotes the adviseur
 * chose. Every figure obeys the "&lt; 5" rule; no parent is named anywhere.
 */
public record ImpactReport(LocalDate from, LocalDate to, List<String> wijken, List<String> themes, Figures headline,
        Verdict verdict, List<ThemeSection> sections, List<QuoteLine> quotes, String reachChart,
        String verdictChart) {

    /** One theme of the selection. */
    public record ThemeSection(String theme, Figures figures, Verdict verdict, List<String> workingElements) {
    }

    /** A quote with its theme and the question it answers. */
    public record QuoteLine(String theme, OpenField field, String text) {
    }
}
