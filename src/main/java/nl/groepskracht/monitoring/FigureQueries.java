package nl.groepskracht.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The aggregate SQL behind every figure, grouped by a {@link Dim}: the whole selection, per wijk, per
 * wijk × theme or per group. Figures about parents come from the read model ({@link ReadModel});
 * waiting lists, groups and signals from their own tables. Only counts leave the database.
 */
@Component
class FigureQueries {

    /** How figures are grouped: two key columns per row. */
    enum Dim {
        TOTAL("0", "0"), WIJK("g.wijk_id", "0"), THEME("0", "g.theme_id"), CELL("g.wijk_id", "g.theme_id"),
        GROUP("g.id", "0");

        final String select;
        private final String first;
        private final String second;

        Dim(String first, String second) {
            this.first = first;
            this.second = second;
            this.select = first + " AS k1, " + second + " AS k2";
        }

        /** The key of a group's row in this grouping. */
        Key of(long group, long wijk, long theme) {
            return new Key(part(first, group, wijk, theme), part(second, group, wijk, theme));
        }

        private static long part(String column, long group, long wijk, long theme) {
            return switch (column) {
                case "g.id" -> group;
                case "g.wijk_id" -> wijk;
                case "g.theme_id" -> theme;
                default -> 0;
            };
        }
    }

    record Key(long first, long second) {
        static final Key TOTAL = new Key(0, 0);
    }

    /** Places in the period (parents) and families: reached, who never came, who dropped out. */
    record FamilyRow(long families, long places, long noShows, long dropOuts, long noShowFamilies,
            long droppedFamilies) {
        static final FamilyRow NONE = new FamilyRow(0, 0, 0, 0, 0, 0);
    }

    /** Families present at a session held in the period, and families who sent word they could not come. */
    record MarkRow(long presentFamilies, long excusedFamilies) {
        static final MarkRow NONE = new MarkRow(0, 0);
    }

    record SessionRow(long held, long groups, long expected, long present, long excused, long adults, long children,
            long walkInSessions) {
        static final SessionRow NONE = new SessionRow(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Vulling of groups with sign-up that started in the period: capacity, places taken at once at most, later. */
    record FillingRow(long groups, long capacity, long peak, long refilled) {
        static final FillingRow NONE = new FillingRow(0, 0, 0, 0);

        FillingRow plus(FillingGroup g) {
            return new FillingRow(groups + 1, capacity + g.capacity(), peak + g.peak(), refilled + g.refilled());
        }
    }

    record FillingGroup(long group, long wijk, long theme, long capacity, long peak, long refilled) {
    }

    /** The columns and the {@code FROM ... WHERE} of a count (see {@link #markSql()}). */
    record MarkSql(String columns, String from) {
    }

    /** Where the figures the read model also keeps per place or per group are counted from. */
    enum Source {
        /** The read model's marks per place and facts per group: what every view reads. */
        AGGREGATES,
        /** Every mark and session fact of the period, the plain computation the tests compare with. */
        ROWS
    }

    record WaitingRow(long waiting, long families) {
        static final WaitingRow NONE = new WaitingRow(0, 0);
    }

    /** A place in the period: at a session held in it (first_at..last_at spans the sessions the parent had a place at). */
    static final String IN_PERIOD = """
             ((pf.first_at >= :from AND pf.first_at < :to) OR (pf.last_at >= :from AND pf.last_at < :to)
              OR (pf.first_at < :from AND pf.last_at >= :to AND EXISTS (SELECT 1 FROM monitoring_session_fact x
                  WHERE x.group_id = pf.group_id AND x.starts_at >= :from AND x.starts_at < :to)))""";

    /**
     * A group ({@code g}) that can still give a place: open or running, with a planned session still to
     * come — the rule by which sign-up refuses a group that is over ({@code SignupService}), and closed
     * groups promote no one from their waiting list.
     */
    static final String CAN_GIVE_A_PLACE = "g.status IN ('OPEN', 'RUNNING') AND EXISTS (SELECT 1 FROM group_session"
            + " cs WHERE cs.group_id = g.id AND cs.status = 'PLANNED' AND cs.starts_at > :now)";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private volatile Source source = Source.AGGREGATES;

    FigureQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reads from this source from now on (tests: {@link Source#ROWS} to compare with). */
    void readFrom(Source from) {
        this.source = from;
    }

    Source source() {
        return source;
    }

    Map<Key, FamilyRow> families(MonitoringFilter filter, Dim dim) {
        return query("SELECT " + dim.select + ", COUNT(DISTINCT pf.family) AS families, COUNT(*) AS places,"
                + " SUM(pf.first_present_at IS NULL OR pf.first_present_at >= :to) AS no_shows,"
                + " SUM(pf.dropped_out_at IS NOT NULL AND pf.dropped_out_at < :to) AS drop_outs,"
                + " COUNT(DISTINCT CASE WHEN pf.first_present_at IS NULL OR pf.first_present_at >= :to"
                + " THEN pf.family END) AS no_show_families,"
                + " COUNT(DISTINCT CASE WHEN pf.dropped_out_at < :to THEN pf.family END) AS dropped_families"
                + " FROM monitoring_place_fact pf JOIN parent_group g ON g.id = pf.group_id WHERE" + IN_PERIOD
                + groups(filter) + " GROUP BY k1, k2", filter, rs -> new FamilyRow(rs.getLong("families"),
                rs.getLong("places"), rs.getLong("no_shows"), rs.getLong("drop_outs"), rs.getLong("no_show_families"),
                rs.getLong("dropped_families")));
    }

    Map<Key, MarkRow> marks(MonitoringFilter filter, Dim dim) {
        MarkSql marks = markSql();
        return query("SELECT " + dim.select + ", " + marks.columns() + marks.from() + groups(filter)
                + " GROUP BY k1, k2", filter,
                rs -> new MarkRow(rs.getLong(CountQueries.PRESENT), rs.getLong(CountQueries.EXCUSED)));
    }

    /**
     * The families marked present and those marked excused at a session held in the period: the columns
     * ({@link CountQueries#PRESENT}, {@link CountQueries#EXCUSED}) and the {@code FROM ... WHERE} they are
     * counted over, with {@code g} the group. From the read model's marks per place, a place's own marks
     * read only when they lie both before and after the period (it may have none in it); or, as
     * {@link Source#ROWS}, from every mark of the period.
     */
    MarkSql markSql() {
        if (source == Source.ROWS) {
            return new MarkSql("COUNT(DISTINCT CASE WHEN a.status = 'PRESENT' THEN pf.family END) AS "
                    + CountQueries.PRESENT + ", COUNT(DISTINCT CASE WHEN a.status = 'EXCUSED' THEN pf.family END) AS "
                    + CountQueries.EXCUSED, " FROM monitoring_session_fact sf JOIN attendance a"
                    + " ON a.session_id = sf.session_id JOIN monitoring_place_fact pf"
                    + " ON pf.registration_id = a.registration_id JOIN parent_group g ON g.id = sf.group_id"
                    + " WHERE sf.starts_at >= :from AND sf.starts_at < :to");
        }
        return new MarkSql("COUNT(DISTINCT CASE WHEN " + markedIn("PRESENT") + " THEN pf.family END) AS "
                + CountQueries.PRESENT + ", COUNT(DISTINCT CASE WHEN " + markedIn("EXCUSED") + " THEN pf.family END)"
                + " AS " + CountQueries.EXCUSED, " FROM monitoring_place_fact pf JOIN parent_group g"
                + " ON g.id = pf.group_id WHERE ((pf.present_from < :to AND pf.present_until >= :from)"
                + " OR (pf.excused_from < :to AND pf.excused_until >= :from))");
    }

    /**
     * Whether place {@code pf} was marked with this status at a session held in the period: its first or
     * last such session lies in it, or they lie before and after it and one of its marks lies in it.
     */
    private static String markedIn(String status) {
        String first = "pf." + status.toLowerCase(java.util.Locale.ROOT) + "_from";
        String last = "pf." + status.toLowerCase(java.util.Locale.ROOT) + "_until";
        // IS NOT NULL first: a place never so marked must not reach the EXISTS (NULL AND … evaluates it)
        return first + " IS NOT NULL AND ((" + first + " >= :from AND " + first + " < :to) OR (" + last
                + " >= :from AND " + last + " < :to) OR (" + first + " < :from AND " + last + " >= :to"
                + " AND EXISTS (SELECT 1 FROM attendance ma JOIN monitoring_session_fact ms"
                + " ON ms.session_id = ma.session_id WHERE ma.registration_id = pf.registration_id"
                + " AND ma.status = '" + status + "' AND ms.starts_at >= :from AND ms.starts_at < :to)))";
    }

    /** A group's sessions held in the period, summed, and where the group belongs. */
    record GroupSessions(long wijk, long theme, SessionRow row) {
    }

    /**
     * The sessions held in the period per group of the selection: how many, the opkomst counts, the
     * walk-in head counts (a group is one of {@code groups}). Every other grouping adds these up
     * ({@link #summed}): one pass over the period's sessions however the figures are grouped.
     */
    Map<Long, GroupSessions> sessionsPerGroup(MonitoringFilter filter) {
        Map<Long, GroupSessions> result = new HashMap<>();
        jdbc.query("SELECT g.id, g.wijk_id, g.theme_id, COUNT(*) AS held, SUM(sf.expected) AS expected,"
                + " SUM(sf.present) AS present, SUM(sf.excused) AS excused, SUM(sf.adults) AS adults,"
                + " SUM(sf.children) AS children, SUM(g.signup_mode = 'WALK_IN') AS walk_in_sessions"
                + " FROM monitoring_session_fact sf JOIN parent_group g ON g.id = sf.group_id"
                + " WHERE sf.starts_at >= :from AND sf.starts_at < :to" + groups(filter)
                + " GROUP BY g.id, g.wijk_id, g.theme_id", params(filter), rs -> {
                    result.put(rs.getLong(1), new GroupSessions(rs.getLong(2), rs.getLong(3), new SessionRow(
                            rs.getLong("held"), 1, rs.getLong("expected"), rs.getLong("present"),
                            rs.getLong("excused"), rs.getLong("adults"), rs.getLong("children"),
                            rs.getLong("walk_in_sessions"))));
                });
        return result;
    }

    /** The sessions per group added up per key of the grouping (a group lies under one key: groups add up too). */
    static Map<Key, SessionRow> summed(Map<Long, GroupSessions> perGroup, Dim dim) {
        Map<Key, SessionRow> result = new HashMap<>();
        perGroup.forEach((group, g) -> result.merge(dim.of(group, g.wijk(), g.theme()), g.row(), (a, b) ->
                new SessionRow(a.held() + b.held(), a.groups() + b.groups(), a.expected() + b.expected(),
                        a.present() + b.present(), a.excused() + b.excused(), a.adults() + b.adults(),
                        a.children() + b.children(), a.walkInSessions() + b.walkInSessions())));
        return result;
    }

    /** Vulling per {@link Dim}: the sums of {@link #fillingPerGroup}. */
    Map<Key, FillingRow> filling(MonitoringFilter filter, Dim dim) {
        Map<Key, FillingRow> result = new HashMap<>();
        fillingPerGroup(filter).forEach(g -> result.merge(dim.of(g.group(), g.wijk(), g.theme()),
                FillingRow.NONE.plus(g), (a, b) -> new FillingRow(a.groups() + b.groups(),
                        a.capacity() + b.capacity(), a.peak() + b.peak(), a.refilled() + b.refilled())));
        return result;
    }

    /**
     * Groups with sign-up whose first session held lies in the period: capacity, the most places taken
     * at one session held (never more than the capacity), and the places taken after the first session
     * (a place freed by a drop-out and given to someone from the waiting list, or a late joiner).
     */
    List<FillingGroup> fillingPerGroup(MonitoringFilter filter) {
        String sql = source == Source.ROWS ? "SELECT v.id, v.wijk_id, v.theme_id, v.capacity, v.peak, (SELECT COUNT(*)"
                + " FROM monitoring_place_fact pf WHERE pf.group_id = v.id AND pf.first_at > v.first_at) AS refilled"
                + " FROM (SELECT g.id, g.wijk_id, g.theme_id, g.capacity, LEAST(g.capacity, MAX(sf.expected)) AS peak,"
                + " MIN(sf.starts_at) AS first_at FROM parent_group g JOIN monitoring_session_fact sf"
                + " ON sf.group_id = g.id WHERE g.signup_mode = 'REGISTRATION' AND g.capacity > 0" + groups(filter)
                + " GROUP BY g.id, g.wijk_id, g.theme_id, g.capacity) v WHERE v.first_at BETWEEN :from AND :last"
                + " ORDER BY v.id"
                : "SELECT g.id, g.wijk_id, g.theme_id, g.capacity, LEAST(g.capacity, v.peak), v.refilled"
                + " FROM monitoring_group_fact v JOIN parent_group g ON g.id = v.group_id WHERE g.signup_mode ="
                + " 'REGISTRATION' AND g.capacity > 0 AND v.first_at BETWEEN :from AND :last" + groups(filter)
                + " ORDER BY g.id";
        return jdbc.query(sql, params(filter), (rs, i) -> new FillingGroup(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    /** Who is on a waiting list now for a group that can still give a place (the period does not apply). */
    Map<Key, WaitingRow> waiting(MonitoringFilter filter, Dim dim) {
        return query("SELECT " + dim.select + ", COUNT(*) AS waiting, COUNT(DISTINCT p.family_key) AS families"
                + " FROM registration r JOIN parent_group g ON g.id = r.group_id"
                + " JOIN participant p ON p.id = r.participant_id WHERE r.status = 'WAITLISTED' AND "
                + CAN_GIVE_A_PLACE + groups(filter)
                + " GROUP BY k1, k2", filter, rs -> new WaitingRow(rs.getLong("waiting"), rs.getLong("families")));
    }

    /** Groups open or running in the period: meeting in it, or open for sign-up now when it includes today. */
    Map<Key, Long> groupsInPeriod(MonitoringFilter filter, Dim dim) {
        LocalDate today = LocalDate.now(clock.withZone(nl.groepskracht.base.AppZone.ID));
        boolean includesToday = !today.isBefore(filter.from()) && !today.isAfter(filter.to());
        return query("SELECT " + dim.select + ", COUNT(*) AS n FROM parent_group g WHERE g.status <> 'DRAFT'"
                + " AND ((g.starts_on <= :lastDay AND g.ends_on >= :firstDay)"
                + (includesToday ? " OR g.status = 'OPEN'" : "") + ")" + groups(filter) + " GROUP BY k1, k2",
                filter, rs -> rs.getLong("n"));
    }

    /** The groups of the selection (whatever they did in the period), per key of the grouping. */
    Map<Key, List<Long>> groupsBy(MonitoringFilter filter, Dim dim) {
        Map<Key, List<Long>> result = new HashMap<>();
        jdbc.query("SELECT g.id AS gid, " + dim.select + " FROM parent_group g WHERE 1 = 1" + groups(filter),
                params(filter), rs -> {
                    result.computeIfAbsent(new Key(rs.getLong("k1"), rs.getLong("k2")), k -> new ArrayList<>())
                            .add(rs.getLong("gid"));
                });
        return result;
    }

    /** The conditions on groups ({@code g}) of the filter. */
    static String groups(MonitoringFilter filter) {
        return filter.groupConditions();
    }

    MapSqlParameterSource params(MonitoringFilter filter) {
        return new MapSqlParameterSource("from", Timestamp.from(filter.start()))
                .addValue("to", Timestamp.from(filter.end()))
                .addValue("last", Timestamp.from(filter.end().minusNanos(1000)))
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue("firstDay", filter.from()).addValue("lastDay", filter.to())
                .addValues(filter.groupParameters().getValues());
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Map<Key, T> query(String sql, MonitoringFilter filter, Row<T> row) {
        Map<Key, T> result = new HashMap<>();
        jdbc.query(sql, params(filter), rs -> {
            result.put(new Key(rs.getLong("k1"), rs.getLong("k2")), row.map(rs));
        });
        return result;
    }
}
