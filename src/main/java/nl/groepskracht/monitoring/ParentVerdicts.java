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

    record Verdict(String id, String labelKey, String definitionKey, Figure figure) {
    }
}
