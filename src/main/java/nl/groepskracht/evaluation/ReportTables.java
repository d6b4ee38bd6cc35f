package nl.groepskracht.evaluation;

import java.util.List;
import java.util.Set;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringViews.Figures;

/**
 * The report's tables per theme and per wijk, with their figures as the dashboard shows them for the same
 * period and filters. The monitoring module owns the figures and their suppression; this is the one place the
 * report asks for them (see {@link HeadlineTables}).
 */
interface ReportTables {

    /** A theme or wijk with its figures; only those where something happened in the period. */
    record Row(long id, String name, Figures figures) {
    }

    /** Per theme of the selection ({@code themeIds} empty: every theme). */
    List<Row> perTheme(MonitoringFilter filter, Set<Long> themeIds);

    /** Per wijk of the selection ({@code wijkIds} empty: every wijk). */
    List<Row> perWijk(MonitoringFilter filter, Set<Long> wijkIds);
}
