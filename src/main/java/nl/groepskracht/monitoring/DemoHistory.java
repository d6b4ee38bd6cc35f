package nl.groepskracht.monitoring;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.signup.Toeleiding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes one past group with its sessions, parents, places and attendance straight into the tables
 * (the services refuse the past), consistent with what the services would have written: families,
 * statuses, dates and capacity agree. Demo parents' names are obviously made up.
 */
class DemoHistory {

    /** A parent of the demo: their family (shared across groups) and how they came. */
    record Parent(String familyKey, int number, Toeleiding toeleiding) {
    }

    private final JdbcTemplate jdbc;
    private final Random random;
    private final String facilitator;

    DemoHistory(JdbcTemplate jdbc, Random random, String facilitator) {
        this.jdbc = jdbc;
        this.random = random;
        this.facilitator = facilitator;
    }

    long group(String name, long themeId, long wijkId, Integer capacity, String status, List<Long> facilitators,
            LocalDate first, LocalDate last, Instant created) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("INSERT INTO parent_group (name, theme_id, wijk_id, description,"
                    + " age_range, signup_mode, capacity, location, status, starts_on, ends_on, created_at, closed_at)"
                    + " VALUES (?, ?, ?, ?, 'AGE_4_12', ?, ?, 'Buurthuis (demo)', ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            s.setString(1, name);
            s.setLong(2, themeId);
            s.setLong(3, wijkId);
            s.setString(4, "Demogroep uit het verleden, voor de monitoring.");
            s.setString(5, capacity == null ? "WALK_IN" : "REGISTRATION");
            s.setObject(6, capacity);
            s.setString(7, status);
            s.setObject(8, first);
            s.setObject(9, last);
            s.setTimestamp(10, Timestamp.from(created));
            s.setTimestamp(11, status.equals("CLOSED") ? Timestamp.from(last.plusDays(1).atStartOfDay(AppZone.ID)
                    .toInstant()) : null);
            return s;
        }, key);
        long id = key.getKey().longValue();
        facilitators.forEach(f -> jdbc.update("INSERT INTO group_facilitator (group_id, user_id) VALUES (?, ?)", id, f));
        return id;
    }

    /** Weekly sessions at 19:30 from the first date, only those before {@code before}; returns their ids and starts. */
    List<Object[]> sessions(long groupId, LocalDate first, int count, LocalDate before) {
        List<Object[]> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusWeeks(i);
            if (!day.isBefore(before)) {
                break;
            }
            Instant start = day.atTime(LocalTime.of(19, 30)).atZone(AppZone.ID).toInstant();
            var key = new GeneratedKeyHolder();
            jdbc.update(c -> {
                PreparedStatement s = c.prepareStatement("INSERT INTO group_session (group_id, starts_at, ends_at,"
                        + " location, status) VALUES (?, ?, ?, 'Buurthuis (demo)', 'PLANNED')",
                        Statement.RETURN_GENERATED_KEYS);
                s.setLong(1, groupId);
                s.setTimestamp(2, Timestamp.from(start));
                s.setTimestamp(3, Timestamp.from(start.plusSeconds(5400)));
                return s;
            }, key);
            sessions.add(new Object[] {key.getKey().longValue(), start});
        }
        return sessions;
    }

    Parent newParent(int number) {
        Toeleiding[] answers = Toeleiding.values();
        return new Parent(UUID.randomUUID().toString(), number,
                random.nextInt(6) == 0 ? null : answers[random.nextInt(answers.length)]);
    }

    /** A sign-up: its status and moments; returns the registration id. */
    long registration(long groupId, Parent parent, String status, Instant created, Instant confirmed,
            Instant waitlisted, Instant cancelled, Long referralLink) {
        String email = "demo-ouder-" + parent.number() + "@voorbeeld.invalid";
        var participant = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("INSERT INTO participant (name, email, language, created_at,"
                    + " family_key) VALUES (?, ?, 'nl', ?, ?)", Statement.RETURN_GENERATED_KEYS);
            s.setString(1, "Demo-ouder " + parent.number());
            s.setString(2, email);
            s.setTimestamp(3, Timestamp.from(created));
            s.setString(4, parent.familyKey());
            return s;
        }, participant);
        var registration = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("INSERT INTO registration (group_id, participant_id, status,"
                    + " consent_version, consent_at, created_at, confirmed_at, waitlisted_at, cancelled_at, email_hash,"
                    + " toeleiding, referral_link_id) VALUES (?, ?, ?, '2026-11', ?, ?, ?, ?, ?,"
                    + " UNHEX(SHA2(?, 256)), ?, ?)", Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, groupId);
            s.setLong(2, participant.getKey().longValue());
            s.setString(3, status);
            s.setTimestamp(4, Timestamp.from(created));
            s.setTimestamp(5, Timestamp.from(created));
            s.setTimestamp(6, confirmed == null ? null : Timestamp.from(confirmed));
            s.setTimestamp(7, waitlisted == null ? null : Timestamp.from(waitlisted));
            s.setTimestamp(8, cancelled == null ? null : Timestamp.from(cancelled));
            s.setString(9, email);
            s.setString(10, parent.toeleiding() == null ? null : parent.toeleiding().name());
            s.setObject(11, referralLink);
            return s;
        }, registration);
        return registration.getKey().longValue();
    }

    /** Attendance of one parent at one session: mostly present, sometimes excused or absent. */
    void attendance(long sessionId, long registrationId, Instant at, boolean neverComes) {
        int roll = random.nextInt(100);
        String status = neverComes || roll < 12 ? "ABSENT" : roll < 22 ? "EXCUSED" : "PRESENT";
        jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?)", sessionId, registrationId, status, Timestamp.from(at), facilitator);
    }

    void headCount(long sessionId, Instant at) {
        int adults = 5 + random.nextInt(10);
        jdbc.update("INSERT INTO session_record (session_id, adults, children, first_timers, updated_at, updated_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)", sessionId, adults, adults + random.nextInt(8), random.nextInt(3),
                Timestamp.from(at), facilitator);
    }
}
