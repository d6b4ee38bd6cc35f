package nl.groepskracht.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.attendance.AttendanceRate;
import nl.groepskracht.attendance.DropOuts;
import nl.groepskracht.base.AppZone;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read model, kept up to date before every read: per session held its expected,
 * present and excused parents and head counts, and who was marked present or excused; per place (a
 * registration that had a place at a session held) its family, first and last session, first presence
 * and drop-out; per group and month
 * the families reached. Only what changed since the last refresh is recomputed (sessions that began
 * since, attendance and head counts changed since, places given or ended since), so a refresh costs
 * milliseconds; with no previous refresh ({@code monitoring_refresh.refreshed_at} NULL) it rebuilds
 * everything. Per place also the first and last session at which it was marked present and excused, and
 * per group what vulling needs, so that a long period reads a row per place or group, not per mark. The
 * definitions come from the attendance module ({@link AttendanceRate}, {@link DropOuts}). The refresh
 * raises a generation per {@link Part} whose rows it changed, for what is kept of them ({@link KeptReads}).
 */
@Component
class ReadModel {

    /** Changes written by transactions that took their time are picked up by looking back this far. */
    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final int CHUNK = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReadModel(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Brings the read model up to date (one refresh at a time: the refresh row is locked). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refresh() {
        Instant now = clock.instant();
        List<Timestamp> last = jdbc.getJdbcTemplate().queryForList(
                "SELECT refreshed_at FROM monitoring_refresh WHERE id = 1 FOR UPDATE", Timestamp.class);
        var params = new MapSqlParameterSource("now", Timestamp.from(now));
        Set<Part> parts = EnumSet.allOf(Part.class);
        if (last.isEmpty() || last.getFirst() == null) {
            jdbc.update("DELETE FROM monitoring_session_fact", Map.of());
            jdbc.update("DELETE FROM monitoring_place_fact", Map.of());
            jdbc.update("DELETE FROM monitoring_family_month", Map.of());
            jdbc.update("DELETE FROM monitoring_group_fact", Map.of());
            jdbc.update(SESSION_FACTS + " GROUP BY s.id", params);
            fillMonths();
            jdbc.update(PLACE_FACTS + " GROUP BY r.id", params);
            jdbc.update(String.format(PLACE_MARKS, ""), Map.of());
            jdbc.update(FAMILY_MONTHS, Map.of());
            jdbc.update(String.format(GROUP_FACTS, ""), Map.of());
        } else {
            Instant since = (last.getFirst().toInstant().isAfter(now) ? now : last.getFirst().toInstant()).minus(MARGIN);
            params.addValue("since", Timestamp.from(since));
            List<Long> sessions = jdbc.queryForList(CHANGED_SESSIONS, params, Long.class);
            params.addValue("ids", sessions.isEmpty() ? List.of(-1L) : sessions);
            List<Long> groups = jdbc.queryForList(CHANGED_GROUPS, params, Long.class);
            Contents before = contents(sessions, groups);
            for (List<Long> chunk : chunks(sessions)) {
                params.addValue("ids", chunk);
                jdbc.update("DELETE FROM monitoring_session_fact WHERE session_id IN (:ids)", params);
                jdbc.update(SESSION_FACTS + " AND s.id IN (:ids) GROUP BY s.id", params);
            }
            fillMonths();
            for (List<Long> chunk : chunks(groups)) {
                params.addValue("groups", chunk);
                jdbc.update("DELETE FROM monitoring_place_fact WHERE group_id IN (:groups)", params);
                jdbc.update(PLACE_FACTS + " AND r.group_id IN (:groups) GROUP BY r.id", params);
                jdbc.update(String.format(PLACE_MARKS, " AND a.registration_id IN (SELECT r.id FROM registration r"
                        + " WHERE r.group_id IN (:groups))"), params);
                jdbc.update("DELETE FROM monitoring_family_month WHERE group_id IN (:groups)", params);
                jdbc.update(FAMILY_MONTHS + " WHERE pf.group_id IN (:groups)", params);
                jdbc.update("DELETE FROM monitoring_group_fact WHERE group_id IN (:groups)", params);
                jdbc.update(String.format(GROUP_FACTS, " WHERE sf.group_id IN (:groups)"), params);
            }
            Contents after = contents(sessions, groups);
            if (before != null && after != null) {
                parts = before.changedParts(after);
            }
        }
        StringBuilder raise = new StringBuilder();
        parts.forEach(part -> raise.append(", ").append(part.column).append(" = ").append(part.column).append(" + 1"));
        jdbc.update("UPDATE monitoring_refresh SET refreshed_at = :now" + raise + " WHERE id = 1", params);
    }

    /**
     * The parts of the read model that what is worked out from it reads, each with a generation the
     * refresh raises only when that part's rows changed (a rebuild raises all), so that what rests on the
     * places is kept while only marks change.
     */
    enum Part {
        /**
         * Per place its group, family, answers, first and last session, first presence and drop-out; and
         * which sessions were held, by which group, when: the places of a period, families reached.
         */
        PLACES("places_generation"),
        /**
         * Per place its first and last session marked present and excused, and who was marked at each
         * session held (raised with {@link #PLACES} too: the marks are counted per family of a place).
         */
        MARKS("marks_generation"),
        /** Per session held its counts (expected, present, excused, head counts). */
        SESSIONS("sessions_generation"),
        /** The families per group and calendar month. */
        MONTHS("months_generation");

        final String column;

        Part(String column) {
            this.column = column;
        }
    }

    /** The generation of each part (see {@link Part}); read in the caller's transaction. */
    Map<Part, Long> generations() {
        Map<Part, Long> result = new EnumMap<>(Part.class);
        jdbc.getJdbcTemplate().query("SELECT " + String.join(", ", EnumSet.allOf(Part.class).stream()
                .map(p -> p.column).toList()) + " FROM monitoring_refresh WHERE id = 1", rs -> {
                    for (Part part : Part.values()) {
                        result.put(part, rs.getLong(part.column));
                    }
                });
        return result;
    }

    /**
     * The rows of the read model the incremental refresh rewrites for these sessions and groups, per part,
     * to tell which parts it changed; null (all changed) when there are too many to compare.
     */
    private Contents contents(List<Long> sessions, List<Long> groups) {
        if (sessions.size() > CHUNK || groups.size() > CHUNK) {
            return null;
        }
        var params = new MapSqlParameterSource("ids", sessions.isEmpty() ? List.of(-1L) : sessions)
                .addValue("groups", groups.isEmpty() ? List.of(-1L) : groups);
        var sessionFacts = jdbc.queryForList("SELECT session_id, group_id, starts_at, month_key, expected, present,"
                + " excused, adults, children, marked FROM monitoring_session_fact WHERE session_id IN (:ids)"
                + " ORDER BY session_id", params);
        var placeFacts = jdbc.queryForList("SELECT registration_id, group_id, HEX(family) AS family, toeleiding,"
                + " referral_organisation_id, first_at, last_at, first_present_at, dropped_out_at, present_from,"
                + " present_until, excused_from, excused_until FROM monitoring_place_fact"
                + " WHERE group_id IN (:groups) ORDER BY registration_id", params);
        Map<Part, Object> parts = new EnumMap<>(Part.class);
        parts.put(Part.PLACES, List.of(columns(placeFacts, "registration_id", "group_id", "family", "toeleiding",
                "referral_organisation_id", "first_at", "last_at", "first_present_at", "dropped_out_at"),
                columns(sessionFacts, "session_id", "group_id", "starts_at", "month_key")));
        parts.put(Part.MARKS, List.of(columns(placeFacts, "registration_id", "present_from", "present_until",
                "excused_from", "excused_until"), columns(sessionFacts, "session_id", "marked")));
        parts.put(Part.SESSIONS, sessionFacts);
        parts.put(Part.MONTHS, jdbc.queryForList("SELECT group_id, month_key, HEX(family) AS family"
                + " FROM monitoring_family_month WHERE group_id IN (:groups) ORDER BY group_id, month_key, family",
                params));
        return new Contents(parts);
    }

    private static List<List<Object>> columns(List<Map<String, Object>> rows, String... names) {
        return rows.stream().map(row -> java.util.Arrays.stream(names).map(row::get).toList()).toList();
    }

    /** The rewritten rows of each part (the facts per group, for vulling, are read live: in no part). */
    private record Contents(Map<Part, Object> parts) {

        /** The parts whose rows differ; the marks with the places (they are counted per place's family). */
        Set<Part> changedParts(Contents after) {
            Set<Part> changed = EnumSet.noneOf(Part.class);
            parts.forEach((part, rows) -> {
                if (!rows.equals(after.parts().get(part))) {
                    changed.add(part);
                }
            });
            if (changed.contains(Part.PLACES)) {
                changed.add(Part.MARKS);
            }
            return changed;
        }
    }

    /** Rebuilds everything at the next refresh (after data was written around the services, e.g. demo history). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void invalidate() {
        jdbc.update("UPDATE monitoring_refresh SET refreshed_at = NULL WHERE id = 1", Map.of());
    }

    /** The calendar month (Amsterdam time) of each new session fact, as yyyymm. */
    private void fillMonths() {
        Map<String, Object> range = jdbc.queryForMap("SELECT MIN(starts_at) AS first, MAX(starts_at) AS last"
                + " FROM monitoring_session_fact WHERE month_key IS NULL", Map.of());
        if (range.get("first") == null) {
            return;
        }
        YearMonth month = YearMonth.from(toInstant(range.get("first")).atZone(AppZone.ID));
        YearMonth end = YearMonth.from(toInstant(range.get("last")).atZone(AppZone.ID));
        for (; !month.isAfter(end); month = month.plusMonths(1)) {
            jdbc.update("UPDATE monitoring_session_fact SET month_key = :key WHERE month_key IS NULL"
                    + " AND starts_at >= :from AND starts_at < :to", Map.of("key", MonthKeys.of(month),
                    "from", Timestamp.from(month.atDay(1).atStartOfDay(AppZone.ID).toInstant()),
                    "to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(AppZone.ID).toInstant())));
        }
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.LocalDateTime) value)
                .atZone(java.time.ZoneOffset.UTC).toInstant();
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    /**
     * Per session held its counts, and who was marked present (P) or excused (E) at it ({@code marked}: every
     * such mark, as the marks of a period are read, so that two marks swapped change the row).
     */
    private static final String SESSION_FACTS = "INSERT INTO monitoring_session_fact (session_id, group_id,"
            + " starts_at, expected, present, excused, adults, children, marked)"
            + " SELECT s.id, MIN(s.group_id), MIN(s.starts_at), " + AttendanceRate.expected("r") + ", "
            + AttendanceRate.present("a") + ", " + AttendanceRate.excused("a") + ", COALESCE(MIN(sr.adults), 0),"
            + " COALESCE(MIN(sr.children), 0), (SELECT GROUP_CONCAT(m.registration_id, LEFT(m.status, 1)"
            + " ORDER BY m.registration_id SEPARATOR ' ') FROM attendance m WHERE m.session_id = s.id"
            + " AND m.status IN ('PRESENT', 'EXCUSED'))"
            + " FROM group_session s LEFT JOIN registration r ON " + AttendanceRate.hadPlace("r", "s")
            + " LEFT JOIN attendance a ON a.session_id = s.id AND a.registration_id = r.id"
            + " LEFT JOIN session_record sr ON sr.session_id = s.id WHERE " + AttendanceRate.held("s");

    private static final String PLACE_FACTS = "INSERT INTO monitoring_place_fact (registration_id, group_id,"
            + " family, toeleiding, referral_organisation_id, first_at, last_at, first_present_at,"
            + " dropped_out_at)"
            + " SELECT r.id, MIN(r.group_id), UNHEX(REPLACE(MIN(p.family_key), '-', '')), MIN(r.toeleiding),"
            + " MIN(l.organisation_id),"
            + " MIN(s.starts_at), MAX(s.starts_at), MIN(CASE WHEN a.status = 'PRESENT' THEN s.starts_at END),"
            + " MAX(CASE WHEN " + DropOuts.condition("r") + " THEN r.cancelled_at END)"
            + " FROM registration r JOIN participant p ON p.id = r.participant_id"
            + " JOIN group_session s ON " + AttendanceRate.hadPlace("r", "s") + " AND " + AttendanceRate.held("s")
            + " LEFT JOIN attendance a ON a.session_id = s.id AND a.registration_id = r.id"
            + " LEFT JOIN signup_referral_link l ON l.id = r.referral_link_id WHERE 1 = 1";

    /**
     * Per place the first and last session held at which it was marked present, and excused (every mark
     * at a session held counts, as in the row-based count of {@link FigureQueries}); {@code %s} narrows the
     * marks read.
     */
    private static final String PLACE_MARKS = "UPDATE monitoring_place_fact pf JOIN (SELECT a.registration_id AS id,"
            + " MIN(CASE WHEN a.status = 'PRESENT' THEN sf.starts_at END) AS present_from,"
            + " MAX(CASE WHEN a.status = 'PRESENT' THEN sf.starts_at END) AS present_until,"
            + " MIN(CASE WHEN a.status = 'EXCUSED' THEN sf.starts_at END) AS excused_from,"
            + " MAX(CASE WHEN a.status = 'EXCUSED' THEN sf.starts_at END) AS excused_until"
            + " FROM attendance a JOIN monitoring_session_fact sf ON sf.session_id = a.session_id"
            + " WHERE a.status IN ('PRESENT', 'EXCUSED')%s GROUP BY a.registration_id) m ON m.id = pf.registration_id"
            + " SET pf.present_from = m.present_from, pf.present_until = m.present_until,"
            + " pf.excused_from = m.excused_from, pf.excused_until = m.excused_until";

    /** Per group with a session held: its first session held, the most parents expected at one, places taken later. */
    private static final String GROUP_FACTS = "INSERT INTO monitoring_group_fact (group_id, first_at, peak, refilled)"
            + " SELECT v.group_id, v.first_at, v.peak, (SELECT COUNT(*) FROM monitoring_place_fact pf"
            + " WHERE pf.group_id = v.group_id AND pf.first_at > v.first_at) FROM (SELECT sf.group_id,"
            + " MIN(sf.starts_at) AS first_at, MAX(sf.expected) AS peak FROM monitoring_session_fact sf%s"
            + " GROUP BY sf.group_id) v";

    private static final String FAMILY_MONTHS = "INSERT IGNORE INTO monitoring_family_month (group_id, month_key,"
            + " family) SELECT DISTINCT pf.group_id, sf.month_key, pf.family FROM monitoring_place_fact pf"
            + " JOIN monitoring_session_fact sf ON sf.group_id = pf.group_id AND sf.starts_at >= pf.first_at"
            + " AND sf.starts_at <= pf.last_at";

    /** Sessions whose figures may have changed since the last refresh. */
    private static final String CHANGED_SESSIONS = """
            SELECT s.id FROM group_session s WHERE s.status = 'PLANNED' AND s.starts_at >= :since AND s.starts_at < :now
            UNION SELECT a.session_id FROM attendance a WHERE a.updated_at >= :since
            UNION SELECT sr.session_id FROM session_record sr WHERE sr.updated_at >= :since
            UNION SELECT s.id FROM registration r JOIN group_session s ON s.group_id = r.group_id
              AND s.status = 'PLANNED' AND s.starts_at < :now AND s.ends_at >= :since
              WHERE r.confirmed_at >= :since""";

    /** Groups whose places may have changed: those of changed sessions, and those someone left since. */
    private static final String CHANGED_GROUPS = """
            SELECT DISTINCT s.group_id FROM group_session s WHERE s.id IN (:ids)
            UNION SELECT r.group_id FROM registration r WHERE r.cancelled_at >= :since""";
}
