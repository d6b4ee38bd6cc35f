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

    /**
     * The figures of a selection (see README "Monitoring" for each definition), already protected:
     * a figure resting on 1–4 families, or withheld by the period's secondary suppression, is hidden.
     * Walk-in visits (adults, children) and walk-in sessions stand beside the reach, never in it.
     */
    public record Figures(Figure bereik, Figure perThousandHouseholds, Figure walkInAdults, Figure walkInChildren,
            Figure walkInSessions, Figure vulling, Figure laterPlaces, Figure opkomst, Figure afgemeld, Figure uitval,
            Figure noShow, Figure waiting, Figure medianWaitDays, Figure groups, Figure sessionsHeld,
            List<Share> toeleiding, List<Share> referrals) {

        /** Whether any number here is hidden (a view then explains what "afgeschermd" means). */
        public boolean anyHidden() {
            return java.util.stream.Stream.of(bereik, perThousandHouseholds, vulling, laterPlaces, opkomst, afgemeld,
                    uitval, noShow, waiting, medianWaitDays).anyMatch(Figure::hidden)
                    || java.util.stream.Stream.concat(toeleiding.stream(), referrals.stream())
                            .anyMatch(s -> s.families().hidden() || s.share().hidden());
        }
    }

    /** One part of a distribution: a label key or name, its families and their share. */
    public record Share(String label, Figure families, Figure share) {
    }

    /**
     * A wijk × theme cell: its figures (groups with a session held, reach, opkomst, walk-ins, people
     * waiting), the groups open or running in the period, open signals; unmet demand.
     */
    public record Cell(long wijkId, long themeId, Figures figures, Figure groupsOpen, Figure openSignals,
            Figure signalFamilies, LocalDate lastNoticed, boolean unmet) {
    }

    /** A wijk's row of the matrix, with its total (reach in total and per 1 000 households with children). */
    public record MatrixRow(long wijkId, String wijk, Figures total, Map<Long, Cell> cells) {
    }

    public record ThemeColumn(long themeId, String theme) {
    }

    /** Wijk × theme with a total per wijk, per theme ({@code themeTotals}) and in all ({@code total}). */
    public record Matrix(List<ThemeColumn> themes, List<MatrixRow> rows, Map<Long, Figures> themeTotals,
            Figures total) {

        /** "Hier zou een groep kunnen starten": the cells with demand and no group, most families first. */
        public List<UnmetDemand> unmet() {
            Map<Long, String> names = themes.stream().collect(Collectors.toMap(ThemeColumn::themeId,
                    ThemeColumn::theme));
            return rows.stream().flatMap(row -> row.cells().values().stream().filter(Cell::unmet)
                    .map(c -> new UnmetDemand(row.wijkId(), row.wijk(), c.themeId(), names.get(c.themeId()),
                            c.openSignals(), c.signalFamilies(), c.figures().waiting(), c.lastNoticed())))
                    .sorted(Comparator.comparingDouble((UnmetDemand u) -> -u.signalFamilies().value())
                            .thenComparing(UnmetDemand::wijk))
                    .toList();
        }

        /** Whether any figure of the matrix is hidden. */
        public boolean anyHidden() {
            return total.anyHidden() || themeTotals.values().stream().anyMatch(Figures::anyHidden)
                    || rows.stream().anyMatch(r -> r.total().anyHidden()
                            || r.cells().values().stream().anyMatch(c -> c.figures().anyHidden()));
        }
    }

    /** Everything the dashboard shows, read at once. */
    public record Dashboard(Figures headline, Matrix matrix, List<UnmetDemand> unmet, List<TrendPoint> trends) {
    }

    /**
     * One calendar month of the period, clipped to it ({@code first}..{@code last}: a custom period that
     * starts or ends mid-month counts only its own days, the current month up to today).
     */
    public record TrendPoint(YearMonth month, LocalDate first, LocalDate last, Figure bereik, Figure opkomst,
            Figure groupsRunning, Figure walkInAdults, Figure walkInChildren, Figure sessionsHeld) {

        /** The whole calendar month, or only part of it. */
        public boolean wholeMonth() {
            return first.equals(month.atDay(1)) && last.equals(month.atEndOfMonth());
        }
    }

    /** One group in a wijk's drill-down, with its figures. */
    public record GroupLine(long groupId, String name, String theme, long wijkId, String wijk, boolean walkIn,
            Figures figures) {
    }

    /** A row of a per-theme or per-wijk table (the report's): its id, name and protected figures. */
    public record TableRow(long id, String name, Figures figures) {
    }

    /**
     * The figures of a selection in total, per theme and per wijk, protected exactly as the dashboard
     * shows them for the same period and filters (for the impact report).
     */
    public record FigureTables(Figures total, List<TableRow> perTheme, List<TableRow> perWijk) {

        /** A theme's figures (nothing counted when it had no group in the selection). */
        public Figures theme(long themeId) {
            return perTheme.stream().filter(r -> r.id() == themeId).map(TableRow::figures).findFirst()
                    .orElseGet(SelectionFigures::none);
        }

        /** A wijk's figures (nothing counted when it had no group in the selection). */
        public Figures wijk(long wijkId) {
            return perWijk.stream().filter(r -> r.id() == wijkId).map(TableRow::figures).findFirst()
                    .orElseGet(SelectionFigures::none);
        }
    }

    /** "Hier zou een groep kunnen starten": open signals or people waiting, and no group in the period. */
    public record UnmetDemand(long wijkId, String wijk, long themeId, String theme, Figure openSignals,
            Figure signalFamilies, Figure waiting, LocalDate lastNoticed) {
    }
}
