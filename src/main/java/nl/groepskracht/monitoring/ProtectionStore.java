package nl.groepskracht.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import nl.groepskracht.monitoring.FigureQueries.Key;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the protection of a period's counts from the read model (families, marks, toeleiding, referrals,
 * months) while nothing it rests on changed: the read model's {@link ReadModel#generation() generation},
 * the wijk and theme of every group (its tables are grouped by them, read live from {@code parent_group}),
 * the day (months up to today) and where the figures are read from. Any difference and it is worked out
 * again; the first read after a change is as slow as before (README "Speed"). A few periods are kept,
 * the most recently used.
 */
@Component
class ProtectionStore {

    private static final int PERIODS = 16;

    /** What a kept protection rests on besides its period. */
    private record Stamp(long generation, Map<Long, Key> layout, LocalDate today, FigureQueries.Source source) {
    }

    private record Kept(Stamp stamp, PeriodProtection protection) {
    }

    private final JdbcTemplate jdbc;
    private final ReadModel readModel;
    private final FigureQueries figures;
    private final Map<MonitoringFilter, Kept> kept = new LinkedHashMap<>(PERIODS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MonitoringFilter, Kept> eldest) {
            return size() > PERIODS;
        }
    };

    ProtectionStore(JdbcTemplate jdbc, ReadModel readModel, FigureQueries figures) {
        this.jdbc = jdbc;
        this.readModel = readModel;
        this.figures = figures;
    }

    /**
     * The kept protection of the period if it rests on what holds now, else the one {@code work} works
     * out (kept from now on). Read in the caller's transaction, after the refresh, so the stamp and the
     * tables {@code work} reads are of the same moment.
     */
    PeriodProtection of(MonitoringFilter period, LocalDate today, Supplier<PeriodProtection> work) {
        Stamp stamp = new Stamp(readModel.generation(), layout(), today, figures.source());
        synchronized (kept) {
            Kept found = kept.get(period);
            if (found != null && found.stamp().equals(stamp)) {
                return found.protection();
            }
        }
        PeriodProtection protection = work.get();
        synchronized (kept) {
            kept.put(period, new Kept(stamp, protection));
        }
        return protection;
    }

    /** Forgets every kept protection (the benchmark's cold reads). */
    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }

    /** Every group's wijk and theme. */
    private Map<Long, Key> layout() {
        Map<Long, Key> layout = new HashMap<>();
        jdbc.query("SELECT id, wijk_id, theme_id FROM parent_group", rs -> {
            layout.put(rs.getLong(1), new Key(rs.getLong(2), rs.getLong(3)));
        });
        return layout;
    }
}
