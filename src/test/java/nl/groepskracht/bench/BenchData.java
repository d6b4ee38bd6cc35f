package nl.groepskracht.bench;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's city, written with INSERT ... SELECT over MariaDB's sequence tables. Per 10 groups:
 * 5 with sign-up and 18 weekly sessions held (24 parents each: one waits, one leaves before the start,
 * one after the third session), 1 walk-in group with 10 sessions and head counts, 4 not started
 * (drafts). First sessions spread over the last four years; families recur across groups.
 */
class BenchData {

    private final JdbcTemplate jdbc;
    private final LocalDate today;

    BenchData(JdbcTemplate jdbc, LocalDate today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    void wijken() {
        jdbc.update("INSERT IGNORE INTO wijk (name, municipality) SELECT CONCAT('Benchwijk ', seq), 'Benchstad'"
                + " FROM seq_1_to_100");
        jdbc.update("INSERT IGNORE INTO wijk_households (wijk_id, year, households_with_children) SELECT id, ?, 3000"
                + " FROM wijk WHERE municipality = 'Benchstad'", today.getYear() - 1);
        jdbc.update("CREATE TABLE IF NOT EXISTS bench_wijk (seq INT PRIMARY KEY, id BIGINT)");
        jdbc.update("INSERT IGNORE INTO bench_wijk SELECT CAST(SUBSTRING(name, 11) AS UNSIGNED), id FROM wijk"
                + " WHERE municipality = 'Benchstad'");
        jdbc.update("CREATE TABLE IF NOT EXISTS bench_group (seq INT PRIMARY KEY, id BIGINT, first DATE)");
        jdbc.update("CREATE TABLE IF NOT EXISTS bench_theme (seq INT PRIMARY KEY, id BIGINT)");
        jdbc.update("INSERT IGNORE INTO bench_theme SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM theme");
    }

    /** Groups with sequence numbers after {@code from} up to {@code to}, with everything that belongs to them. */
    void groups(int from, int to) {
        String range = " seq > " + from + " AND seq <= " + to;
        jdbc.update("INSERT INTO parent_group (name, theme_id, wijk_id, age_range, signup_mode, capacity, location,"
                + " status, starts_on, ends_on, created_at) SELECT CONCAT('Benchgroep ', s.seq),"
                + " (SELECT id FROM bench_theme t WHERE t.seq = s.seq % 4), (SELECT id FROM bench_wijk w WHERE w.seq ="
                + " 1 + s.seq % 100), 'AGE_4_12', IF(s.seq % 10 = 5, 'WALK_IN', 'REGISTRATION'), IF(s.seq % 10 = 5, NULL, 25),"
                + " 'Benchhuis', IF(s.seq % 10 >= 6, 'DRAFT', IF(s.seq % 3 = 0, 'RUNNING', 'CLOSED')),"
                + " DATE_SUB(?, INTERVAL 130 + (s.seq * 7919) % 1330 DAY), DATE_SUB(?, INTERVAL 4 + (s.seq * 7919) % 1330"
                + " DAY), UTC_TIMESTAMP(6) FROM seq_1_to_" + to + " s WHERE" + range.replace("seq", "s.seq"),
                today, today);
        jdbc.update("INSERT INTO bench_group SELECT CAST(SUBSTRING(name, 12) AS UNSIGNED), id, starts_on"
                + " FROM parent_group WHERE name LIKE 'Benchgroep %' AND id NOT IN (SELECT id FROM bench_group)");
        jdbc.update("INSERT INTO group_session (group_id, starts_at, ends_at, location, status)"
                + " SELECT g.id, TIMESTAMP(DATE_ADD(g.first, INTERVAL k.seq WEEK), '18:00:00'),"
                + " TIMESTAMP(DATE_ADD(g.first, INTERVAL k.seq WEEK), '19:30:00'), 'Benchhuis', 'PLANNED'"
                + " FROM bench_group g JOIN seq_0_to_17 k ON (g.seq % 10 < 5 OR (g.seq % 10 = 5 AND k.seq < 10))"
                + " WHERE" + range.replace("seq", "g.seq"));
        jdbc.update("INSERT INTO participant (name, email, language, created_at, family_key) SELECT"
                + " CONCAT('Bench ', g.seq, '-', k.seq), CONCAT('bench', g.seq, '-', k.seq, '@bench.example'), 'nl',"
                + " UTC_TIMESTAMP(6), MD5(CONCAT('f', (g.seq * 24 + k.seq) % " + (GROUP_FAMILIES) + "))"
                + " FROM bench_group g JOIN seq_0_to_23 k WHERE g.seq % 10 < 5 AND" + range.replace("seq", "g.seq"));
        jdbc.update("INSERT INTO registration (group_id, participant_id, status, consent_version, consent_at,"
                + " created_at, confirmed_at, waitlisted_at, cancelled_at, toeleiding)"
                + " SELECT g.id, p.id, CASE k WHEN 0 THEN 'WAITLISTED' WHEN 1 THEN 'CANCELLED' WHEN 2 THEN 'CANCELLED'"
                + " ELSE 'CONFIRMED' END, 'bench', TIMESTAMP(DATE_SUB(g.first, INTERVAL 14 DAY)),"
                + " TIMESTAMP(DATE_SUB(g.first, INTERVAL 14 DAY)), IF(k = 0, NULL, TIMESTAMP(DATE_SUB(g.first,"
                + " INTERVAL 13 DAY))), IF(k = 0, TIMESTAMP(DATE_SUB(g.first, INTERVAL 13 DAY)), NULL),"
                + " CASE k WHEN 1 THEN TIMESTAMP(DATE_SUB(g.first, INTERVAL 2 DAY)) WHEN 2 THEN"
                + " TIMESTAMP(DATE_ADD(g.first, INTERVAL 20 DAY)) END,"
                + " ELT(1 + (p.id % 9), 'JGZ', 'BUURTTEAM', 'SCHOOL', 'HUISARTS', 'KINDEROPVANG', 'ANDERE_OUDER',"
                + " 'FLYER_SOCIAL', 'ANDERS', NULL)"
                + " FROM (SELECT id, CAST(SUBSTRING_INDEX(SUBSTRING(name, 7), '-', 1) AS UNSIGNED) AS gseq,"
                + " CAST(SUBSTRING_INDEX(name, '-', -1) AS UNSIGNED) AS k FROM participant WHERE name LIKE 'Bench %'"
                + " AND id NOT IN (SELECT participant_id FROM registration)) p JOIN bench_group g ON g.seq = p.gseq");
        jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                + " SELECT s.id, r.id, ELT(1 + (s.id + r.id) % 10, 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT',"
                + " 'PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED', 'ABSENT', 'ABSENT'), s.starts_at, 'bench'"
                + " FROM bench_group g JOIN group_session s ON s.group_id = g.id JOIN registration r ON r.group_id = g.id"
                + " AND r.confirmed_at IS NOT NULL AND r.confirmed_at < s.ends_at AND (r.cancelled_at IS NULL OR"
                + " r.cancelled_at > s.starts_at) WHERE g.seq % 10 < 5 AND" + range.replace("seq", "g.seq"));
        jdbc.update("INSERT INTO session_record (session_id, adults, children, first_timers, updated_at, updated_by)"
                + " SELECT s.id, 5 + s.id % 9, 6 + s.id % 11, s.id % 3, s.starts_at, 'bench' FROM bench_group g"
                + " JOIN group_session s ON s.group_id = g.id WHERE g.seq % 10 = 5 AND" + range.replace("seq", "g.seq"));
        long organisation = jdbc.queryForObject("SELECT MIN(id) FROM organisation", Long.class);
        jdbc.update("INSERT INTO monitoring_demand_signal (theme_id, wijk_id, organisation_id, families, noticed_on,"
                + " status, recorded_by, created_at) SELECT (SELECT id FROM bench_theme t WHERE t.seq = s.seq % 4),"
                + " (SELECT id FROM bench_wijk w WHERE w.seq = 1 + (s.seq * 37) % 100), ?, 1 + s.seq % 12,"
                + " DATE_SUB(?, INTERVAL s.seq % 1400 DAY), IF(s.seq % 3 = 0, 'CLOSED', 'OPEN'), 'bench',"
                + " UTC_TIMESTAMP(6) FROM seq_1_to_2000 s WHERE s.seq > ? AND s.seq <= ?", organisation, today,
                from * 2000 / 5000, to * 2000 / 5000);
    }

    /** Families recur: 60 000 sign-ups come from 50 000 families. */
    private static final int GROUP_FAMILIES = 50_000;

    String counts() {
        return jdbc.queryForObject("SELECT CONCAT((SELECT COUNT(*) FROM wijk), ' wijken, ',"
                + " (SELECT COUNT(*) FROM parent_group), ' groups, ', (SELECT COUNT(*) FROM group_session),"
                + " ' sessions, ', (SELECT COUNT(*) FROM participant), ' participants, ',"
                + " (SELECT COUNT(*) FROM attendance), ' attendance rows, ',"
                + " (SELECT COUNT(*) FROM monitoring_demand_signal), ' signals')", String.class);
    }
}
