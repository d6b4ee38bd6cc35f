package nl.groepskracht.monitoring;

import java.util.List;
import nl.groepskracht.monitoring.MonitoringViews.Figures;

/**
 * The figures by key, the same keys as their translations ({@code monitoring.figure.<key>} for the
 * label, {@code monitoring.def.<key>} for the one-line definition shown beside it everywhere).
 */
public final class FigureKeys {

    /** The headline figures in the order the dashboard shows them. */
    public static final List<String> HEADLINE = List.of("bereik", "walk-in", "vulling", "opkomst", "afgemeld",
            "uitval", "no-show", "waiting", "wait-days", "groups", "sessions");

    /** Every figure a key names (the headline's and those shown beside them). */
    public static final List<String> ALL = List.of("bereik", "per-thousand", "walk-in", "walk-in-children",
            "walk-in-sessions", "vulling", "later-places", "opkomst", "afgemeld", "uitval", "no-show", "waiting",
            "wait-days", "groups", "sessions");

    private FigureKeys() {
    }

    /** A figure by its key. */
    public static Figure value(Figures figures, String key) {
        return switch (key) {
            case "bereik" -> figures.bereik();
            case "per-thousand" -> figures.perThousandHouseholds();
            case "walk-in" -> figures.walkInAdults();
            case "walk-in-children" -> figures.walkInChildren();
            case "walk-in-sessions" -> figures.walkInSessions();
            case "vulling" -> figures.vulling();
            case "later-places" -> figures.laterPlaces();
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
}
