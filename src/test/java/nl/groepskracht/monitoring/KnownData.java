package nl.groepskracht.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import nl.groepskracht.base.AppZone;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a small known history straight into the tables (the services refuse the past). */
class KnownData {

    private final JdbcTemplate jdbc;

    KnownData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long wijk(String name) {
        jdbc.update("INSERT INTO wijk (name, municipality) VALUES (?, 'Teststad')", name);
        return jdbc.queryForObject("SELECT id FROM wijk WHERE name = ?", Long.class, name);
    }

    long theme(String code) {
        return jdbc.queryForObject("SELECT id FROM theme WHERE code = ?", Long.class, code);
    }

    long group(String name, long wijk, long theme, Integer capacity, LocalDate first, LocalDate last) {
        jdbc.update("INSERT INTO parent_group (name, theme_id, wijk_id, age_range, signup_mode, capacity, location,"
                + " status, starts_on, ends_on, created_at) VALUES (?, ?, ?, 'AGE_4_12', ?, ?, 'Testhuis', 'RUNNING',"
                + " ?, ?, ?)", name, theme, wijk, capacity == null ? "WALK_IN" : "REGISTRATION", capacity, first, last,
                Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")));
        return jdbc.queryForObject("SELECT id FROM parent_group WHERE name = ?", Long.class, name);
    }

    /** A session at 19:00 on that day. */
    long session(long group, LocalDate day, boolean cancelled) {
        Instant start = at(day, 19);
        jdbc.update("INSERT INTO group_session (group_id, starts_at, ends_at, location, status) VALUES (?, ?, ?,"
                + " 'Testhuis', ?)", group, Timestamp.from(start), Timestamp.from(start.plusSeconds(5400)),
                cancelled ? "CANCELLED" : "PLANNED");
        return jdbc.queryForObject("SELECT MAX(id) FROM group_session WHERE group_id = ?", Long.class, group);
    }

    String family() {
        return UUID.randomUUID().toString();
    }

    /** A registration of a parent of this family; name and e-mail unique to the test (or NULL: anonymised). */
    long place(long group, String family, String name, String status, Instant confirmed, Instant waitlisted,
            Instant cancelled, String toeleiding) {
        String email = name == null ? null : name.toLowerCase() + "@ouder.example";
        jdbc.update("INSERT INTO participant (name, email, language, created_at, family_key, anonymised_at)"
                + " VALUES (?, ?, 'nl', ?, ?, ?)", name, email, Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")),
                family, name == null ? Timestamp.from(Instant.parse("2020-02-01T00:00:00Z")) : null);
        long participant = jdbc.queryForObject("SELECT MAX(id) FROM participant", Long.class);
        jdbc.update("INSERT INTO registration (group_id, participant_id, status, consent_version, consent_at,"
                + " created_at, confirmed_at, waitlisted_at, cancelled_at, toeleiding) VALUES (?, ?, ?, 'test', ?, ?, ?,"
                + " ?, ?, ?)", group, participant, status, ts(confirmed), ts(confirmed == null ? waitlisted : confirmed),
                ts(confirmed), ts(waitlisted), ts(cancelled), toeleiding);
        return jdbc.queryForObject("SELECT MAX(id) FROM registration", Long.class);
    }

    /** A facilitator of this organisation for the group; returns the organisation's id. */
    long facilitatedFrom(long group, String organisation) {
        jdbc.update("INSERT INTO organisation (name, kind) VALUES (?, 'WELZIJN')", organisation);
        long id = jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, organisation);
        String email = "begeleider." + System.nanoTime() + "@test.example";
        jdbc.update("INSERT INTO user_account (email, display_name, organisation_id, role, active, password_hash,"
                + " created_at) VALUES (?, 'Begeleider', ?, 'FACILITATOR', TRUE, '{noop}-', UTC_TIMESTAMP(6))", email, id);
        jdbc.update("INSERT INTO group_facilitator (group_id, user_id) SELECT ?, id FROM user_account WHERE email = ?",
                group, email);
        return id;
    }

    /** A parent's evaluation answer for the group: this score on all four statements. */
    void answer(long group, int score) {
        jdbc.update("INSERT INTO evaluation_answer (id, group_id, usefulness, goal_reached, support, recommend,"
                + " more_help) VALUES (?, ?, ?, ?, ?, ?, 'NO')", java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(1, Long.MAX_VALUE), group, score, score, score, score);
    }

    void setStatus(long group, String status) {
        jdbc.update("UPDATE parent_group SET status = ? WHERE id = ?", status, group);
    }

    /** The facilitators of one group also facilitate another. */
    void facilitatedAlsoBy(long group, long facilitatedGroup) {
        jdbc.update("INSERT INTO group_facilitator (group_id, user_id) SELECT ?, user_id FROM group_facilitator"
                + " WHERE group_id = ?", group, facilitatedGroup);
    }

    void mark(long session, long registration, String status) {
        jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), 'test')", session, registration, status);
    }

    void headCount(long session, int adults, int children) {
        jdbc.update("INSERT INTO session_record (session_id, adults, children, first_timers, updated_at, updated_by)"
                + " VALUES (?, ?, ?, 0, UTC_TIMESTAMP(6), 'test')", session, adults, children);
    }

    void signal(long theme, long wijk, int families, LocalDate noticed, String status) {
        long organisation = jdbc.queryForObject("SELECT MIN(id) FROM organisation", Long.class);
        jdbc.update("INSERT INTO monitoring_demand_signal (theme_id, wijk_id, organisation_id, families, noticed_on,"
                + " status, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'test', UTC_TIMESTAMP(6))", theme, wijk,
                organisation, families, noticed, status);
    }

    void households(long wijk, int year, int households) {
        jdbc.update("INSERT INTO wijk_households (wijk_id, year, households_with_children) VALUES (?, ?, ?)", wijk,
                year, households);
    }

    /** The read model is rebuilt at the next read (the history was written around the services). */
    void rebuild() {
        jdbc.update("UPDATE monitoring_refresh SET refreshed_at = NULL WHERE id = 1");
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(AppZone.ID).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
