package nl.groepskracht.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.groepskracht.knowledge.ThemedTitle;
import nl.groepskracht.monitoring.MonitoringViews.TableRow;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;

/**
 * "Wat levert preventie op": a period and selection; a summary (three sentences and the key figures beside
 * those of the previous period) with who made it and when; the figures per theme and per wijk, unmet
 * demand, the parents' evaluation per theme, the werkzame elementen, quotes the adviseur chose, and how it
 * was counted. Every monitoring figure is the dashboard's own, protected the same way ("afgeschermd": the
 * "&lt; 5" rule and the period's secondary suppression); the evaluation keeps its "&lt; 5" answers rule; no
 * parent is named anywhere.
 */
public record ImpactReport(Period period, Period previous, List<String> wijken, List<String> themes, Sender sender,
        List<String> summary, List<KeyFigure> keyFigures, List<TableRow> perTheme,
        List<TableRow> perWijk, List<UnmetDemand> unmet, List<VerdictLine> verdicts,
        List<ThemeElements> elements, List<QuoteLine> quotes, String reachChart, String verdictChart) {

    /** First and last day, inclusive. */
    public record Period(LocalDate from, LocalDate to) {

        /**
         * The period before, of the same length: whole months (a school year, quarter, calendar year) shift by
         * their number of months, other periods by their number of days.
         */
        public Period previous() {
            LocalDate after = to.plusDays(1);
            if (from.getDayOfMonth() == 1 && after.getDayOfMonth() == 1) {
                long months = ChronoUnit.MONTHS.between(from, after);
                return new Period(from.minusMonths(months), from.minusDays(1));
            }
            long days = ChronoUnit.DAYS.between(from, after);
            return new Period(from.minusDays(days), from.minusDays(1));
        }
    }

    /** Who hands the report over: the day it was made, the organisation and its contact, a logo (a data URI). */
    public record Sender(LocalDate madeOn, String organisation, String contact, String logo) {
    }

    /**
     * One key figure of the summary, as read: this period's value and the previous period's; {@code withheld}
     * when either is a hidden figure of the monitoring (the table then says what "afgeschermd" means).
     */
    public record KeyFigure(String id, String label, String now, String before, boolean withheld) {
    }

    /** Whether a table of rows shows a hidden figure (it then says what "afgeschermd" means). */
    public static boolean anyHidden(List<TableRow> rows) {
        return rows.stream().anyMatch(row -> row.figures().anyHidden());
    }

    /** Whether the unmet demand table shows a hidden number of people waiting. */
    public boolean unmetHidden() {
        return unmet.stream().anyMatch(u -> u.waiting().hidden());
    }

    /** Whether the key figures show a hidden figure of the monitoring. */
    public boolean keyFiguresHidden() {
        return keyFigures.stream().anyMatch(KeyFigure::withheld);
    }

    /** The werkzame elementen recorded for one theme, each with its one-line summary. */
    public record ThemeElements(String theme, List<ThemedTitle> elements) {
    }

    /** A quote with its theme and the question it answers. */
    public record QuoteLine(String theme, OpenField field, String text) {
    }
}
