package nl.groepskracht.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the dashboard shows: counts only, never a parent's name or address. */
public final class MonitoringViews {

    private MonitoringViews() {
    }

    /** The headline figures of a selection (see README "Monitoring" for each definition). */
    public record Figures(Figure bereik, Figure perThousandHouseholds, Figure walkInAdults, Figure walkInChildren,
            Figure vulling, Figure opkomst, Figure afgemeld, Figure uitval, Figure noShow, Figure waiting,
            Figure medianWaitDays, Figure groups, Figure sessionsHeld, List<Share> toeleiding,
            List<Share> referrals) {
    }

    /** One part of a distribution: a label key or name, its families and their share. */
    public record Share(String label, Figure families, Figure share) {
    }

    /** A wijk × theme cell: groups open or running, reach, opkomst, waiting, open signals; unmet demand. */
    public record Cell(long wijkId, long themeId, Figure groups, Figure bereik, Figure opkomst, Figure waiting,
            Figure openSignals, Figure signalFamilies, LocalDate lastNoticed, boolean unmet) {
    }

    /** A wijk's row of the matrix, with its reach in total and per 1 000 households with children. */
    public record MatrixRow(long wijkId, String wijk, Figure bereik, Figure perThousandHouseholds,
            Map<Long, Cell> cells) {
    }

    public record ThemeColumn(long themeId, String theme) {
    }

    public record Matrix(List<ThemeColumn> themes, List<MatrixRow> rows) {

        /** "Hier zou een groep kunnen starten": the cells with demand and no group, most families first. */
        public List<UnmetDemand> unmet() {
            Map<Long, String> names = themes.stream().collect(Collectors.toMap(ThemeColumn::themeId,
                    ThemeColumn::theme));
            return rows.stream().flatMap(row -> row.cells().values().stream().filter(Cell::unmet)
                    .map(c -> new UnmetDemand(row.wijkId(), row.wijk(), c.themeId(), names.get(c.themeId()),
                            c.openSignals(), c.signalFamilies(), c.waiting(), c.lastNoticed())))
                    .sorted(Comparator.comparingDouble((UnmetDemand u) -> -u.signalFamilies().value())
                            .thenComparing(UnmetDemand::wijk))
                    .toList();
        }
    }

    /** Everything the dashboard shows, read at once. */
    public record Dashboard(Figures headline, Matrix matrix, List<UnmetDemand> unmet, List<TrendPoint> trends) {
    }

    public record TrendPoint(YearMonth month, Figure bereik, Figure opkomst, Figure groupsRunning) {
    }

    /** One group in a wijk's drill-down, with its figures. */
    public record GroupLine(long groupId, String name, String theme, String wijk, Figures figures) {
    }

    /** "Hier zou een groep kunnen starten": open signals or people waiting, and no group in the period. */
    public record UnmetDemand(long wijkId, String wijk, long themeId, String theme, Figure openSignals,
            Figure signalFamilies, Figure waiting, LocalDate lastNoticed) {
    }
}
