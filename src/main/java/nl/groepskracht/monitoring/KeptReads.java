package nl.groepskracht.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what is worked out from the read model — a period's protection (families, marks, toeleiding,
 * referrals, months) and the counts of a selection's figures — while nothing it rests on changed: the
 * {@link ReadModel#generations() generation} of the part of the read model it reads (places, marks,
 * sessions or months: a mark leaves what rests on the places kept), every group's wijk, theme and
 * sign-up mode (the counts are grouped and filtered by them, read live from {@code parent_group}), the
 * day, and where the figures are read from; for a selection by organisation also the groups its
 * facilitators facilitate. Any difference and it is worked out again (README "Speed"). The most recently
 * used are kept.
 */
@Component
class KeptReads {

    private static final int ENTRIES = 1024;

    /** Every group as "id wijk theme mode", in id order: exact, one row (MariaDB's SET STATEMENT lifts the length limit). */
    private static final String LAYOUT = "SET STATEMENT group_concat_max_len = 4294967295 FOR SELECT"
            + " GROUP_CONCAT(id, ' ', wijk_id, ' ', theme_id, ' ', signup_mode ORDER BY id SEPARATOR ',')"
            + " FROM parent_group";

    private static final String FACILITATED = "SET STATEMENT group_concat_max_len = 4294967295 FOR SELECT"
            + " GROUP_CONCAT(DISTINCT gf.group_id ORDER BY gf.group_id) FROM group_facilitator gf"
            + " JOIN user_account u ON u.id = gf.user_id WHERE u.organisation_id = ?";

    /** What everything kept rests on besides its own key; read once per service call, after the refresh. */
    record Stamp(Map<ReadModel.Part, Long> generations, String layout, LocalDate today, FigureQueries.Source source) {

        /** What a count read from this part of the read model rests on. */
        Object of(ReadModel.Part part) {
            return List.of(part, generations.get(part), layout, today, source);
        }
    }

    /**
     * What is kept: a kind of count ("protection", "families", …) over a selection, grouped by a dim (or
     * null), from a source (the comparison test's rows are kept apart, so they do not push out the rest).
     */
    private record What(String kind, MonitoringFilter filter, FigureQueries.Dim dim, FigureQueries.Source source) {
    }

    private record Kept(Object basis, Object value) {
    }

    private final JdbcTemplate jdbc;
    private final ReadModel readModel;
    private final FigureQueries figures;
    private final Map<What, Kept> kept = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<What, Kept> eldest) {
            return size() > ENTRIES;
        }
    };

    KeptReads(JdbcTemplate jdbc, ReadModel readModel, FigureQueries figures) {
        this.jdbc = jdbc;
        this.readModel = readModel;
        this.figures = figures;
    }

    /**
     * What holds now. Read in the caller's transaction after the refresh, so the stamp and the tables
     * read under it are of the same moment.
     */
    Stamp stamp(LocalDate today) {
        return new Stamp(readModel.generations(), jdbc.queryForObject(LAYOUT, String.class), today, figures.source());
    }

    /**
     * What was kept of this kind for the period (its unfiltered tables, their protection) if it rests on
     * {@code stamp}'s generations of these parts, else what {@code work} works out.
     */
    <T> T period(String kind, MonitoringFilter period, Stamp stamp, Supplier<T> work, ReadModel.Part... parts) {
        return of(new What(kind, period, null, stamp.source()),
                java.util.Arrays.stream(parts).map(stamp::of).toList(), work);
    }

    /**
     * The kept counts of this kind for the selection, grouped by {@code dim}, read from {@code part} of the
     * read model, if they rest on what the protection of this read rests on; else worked out by
     * {@code work} (kept from now on). Not kept when the protection rests on nothing known
     * ({@link PeriodProtection#NONE}).
     */
    <T> T counts(String kind, ReadModel.Part part, MonitoringFilter filter, FigureQueries.Dim dim,
            PeriodProtection protection, Supplier<T> work) {
        if (protection.basis() == null) {
            return work.get();
        }
        Object basis = ((Stamp) protection.basis()).of(part);
        if (filter.organisationId() != null) {
            basis = List.of(basis, String.valueOf(jdbc.queryForObject(FACILITATED, String.class,
                    filter.organisationId())));
        }
        return of(new What(kind, filter, dim, figures.source()), basis, work);
    }

    @SuppressWarnings("unchecked")
    private <T> T of(What what, Object basis, Supplier<T> work) {
        synchronized (kept) {
            Kept found = kept.get(what);
            if (found != null && found.basis().equals(basis)) {
                return (T) found.value();
            }
        }
        T value = work.get();
        synchronized (kept) {
            kept.put(what, new Kept(basis, value));
        }
        return value;
    }

    /** Forgets everything kept (the benchmark's reads as after a change). */
    void clear() {
        synchronized (kept) {
            kept.clear();
        }
    }
}
