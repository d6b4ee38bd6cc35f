package nl.groepskracht.monitoring;

import java.util.List;

/**
 * What parents said of the groups of a selection, shown on the dashboard beside reach and opkomst.
 * The evaluation module provides it (this module does not read answers itself); each figure obeys the
 * "&lt; 5" rule through {@link Figure}.
 */
public interface ParentVerdicts {

    /** The figures in the order they are shown, each with the translation keys of its label and definition. */
    List<Verdict> verdicts(MonitoringFilter filter);

    /** The same figures per group of the selection (groups whose parents were asked), for the CSV. */
    List<VerdictRow> perGroup(MonitoringFilter filter);

    /** The same figures per theme of the selection, for the CSV. */
    List<VerdictRow> perTheme(MonitoringFilter filter);

    record Verdict(String id, String labelKey, String definitionKey, Figure figure) {
    }

    /** A group (with its theme and wijk) or a theme (theme and wijk empty), and its figures. */
    record VerdictRow(String name, String theme, String wijk, List<Verdict> verdicts) {
    }
}
