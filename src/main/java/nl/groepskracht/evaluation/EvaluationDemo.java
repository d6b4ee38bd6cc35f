package nl.groepskracht.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.groepskracht.base.AppZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo evaluations: answers for last school year's finished groups of the monitoring demo (three with
 * enough answers to show, one with too few), and a group that ended yesterday evening, whose parents
 * the running portal invites by itself (the English-speaking parent in English; the parent who never
 * came and the one who signed off get nothing). Runs once, after the monitoring demo; works at any hour.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
class EvaluationDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemo.class);
    static final String RECENT = "Sterk na de scheiding Noordoost";
    /** The parents of the recent group; the journey reads the first one's e-mail. */
    static final String PARENT_MAIL = "evaluatie-ouder-%d@voorbeeld.invalid";

    private record Answers(String group, int count) {
    }

    private static final List<Answers> FINISHED = List.of(new Answers("Samen ouder blijven Overvecht (vorig schooljaar)", 7),
            new Answers("Gezond en grenzen stellen Kanaleneiland", 6), new Answers("Weer naar school Noordwest", 5),
            new Answers("Samen ouder blijven Geuzenveld", 2));
    private static final String[] VALUABLE = {"Horen dat andere ouders hetzelfde meemaken.",
        "De tips over hoe je het de kinderen vertelt.", "Dat er tijd was voor onze eigen vragen.",
        "De rust in de groep en dat niemand oordeelde.", "Samen oefenen met lastige gesprekken."};
    private static final String[] BETTER = {"Graag een bijeenkomst meer.", "Een andere tijd, 's avonds is lastig.",
        "Meer over de rol van de andere ouder.", null, null};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    EvaluationDemo(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM parent_group WHERE name = ?", Integer.class, RECENT) > 0) {
            return;
        }
        Instant now = clock.instant();
        for (Answers answers : FINISHED) {
            jdbc.queryForList("SELECT id FROM parent_group WHERE name = ?", Long.class, answers.group())
                    .forEach(groupId -> answer(groupId, answers.count(), now));
        }
        recentGroup(LocalDate.now(clock.withZone(AppZone.ID)), now);
        // history written around the services: the dashboard's read model is rebuilt at its next read
        jdbc.update("UPDATE monitoring_refresh SET refreshed_at = NULL");
        log.info("Demo evaluations created");
    }

    /** Invitations for the parents who came, {@code count} of them answered (the answers hold no parent). */
    private void answer(long groupId, int count, Instant now) {
        jdbc.update("INSERT IGNORE INTO evaluation_invitation (group_id, registration_id, invited_at, reminder_handled)"
                + " SELECT r.group_id, r.id, ?, TRUE FROM registration r WHERE r.group_id = ? AND r.status = 'CONFIRMED'"
                + " AND EXISTS (SELECT 1 FROM attendance a WHERE a.registration_id = r.id AND a.status = 'PRESENT')",
                Timestamp.from(now.minusSeconds(86_400L * 200)), groupId);
        // never more answers than parents asked
        int answered = Math.min(count, jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_invitation"
                + " WHERE group_id = ?", Integer.class, groupId));
        for (int i = 0; i < answered; i++) {
            int high = 4 + (i + (int) groupId) % 2;
            jdbc.update("INSERT INTO evaluation_answer (id, group_id, usefulness, goal_reached, support, recommend,"
                    + " more_help, most_valuable, could_be_better, quote_most_valuable)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", EvaluationService.randomAnswerId(), groupId, high,
                    i % 3 == 0 ? 3 : high, 5 - i % 2, high, i % 4 == 0 ? "UNSURE" : i % 5 == 1 ? "YES" : "NO",
                    VALUABLE[i % VALUABLE.length], BETTER[i % BETTER.length], i == 0 && answered >= 5);
        }
    }

    /** Four weekly sessions, the last one yesterday at 19:30; five parents, four of whom came. */
    private void recentGroup(LocalDate today, Instant now) {
        long theme = jdbc.queryForObject("SELECT id FROM theme WHERE code = 'echtscheiding'", Long.class);
        long wijk = jdbc.queryForObject("SELECT id FROM wijk WHERE name = 'Noordoost'", Long.class);
        LocalDate first = today.minusDays(22);
        jdbc.update("INSERT INTO parent_group (name, theme_id, wijk_id, description, age_range, signup_mode, capacity,"
                + " location, status, starts_on, ends_on, created_at) VALUES (?, ?, ?, ?, 'AGE_4_12', 'REGISTRATION', 10,"
                + " 'Wijkcentrum Noordoost (demo)', 'RUNNING', ?, ?, ?)", RECENT, theme, wijk,
                "Demogroep die gisteren afliep: de ouders krijgen de evaluatie.", first, today.minusDays(1),
                Timestamp.from(now.minusSeconds(86_400L * 40)));
        long groupId = jdbc.queryForObject("SELECT id FROM parent_group WHERE name = ?", Long.class, RECENT);
        jdbc.update("INSERT INTO group_facilitator (group_id, user_id) SELECT ?, id FROM user_account WHERE email"
                + " IN ('facilitator@groepskracht.demo', 'jgz@groepskracht.demo')", groupId);
        for (int week = 0; week < 4; week++) {
            Instant start = first.plusWeeks(week).atTime(LocalTime.of(19, 30)).atZone(AppZone.ID).toInstant();
            jdbc.update("INSERT INTO group_session (group_id, starts_at, ends_at, location, status) VALUES (?, ?, ?,"
                    + " 'Wijkcentrum Noordoost (demo)', 'PLANNED')", groupId, Timestamp.from(start),
                    Timestamp.from(start.plusSeconds(5400)));
        }
        List<Long> sessions = jdbc.queryForList("SELECT id FROM group_session WHERE group_id = ? ORDER BY starts_at",
                Long.class, groupId);
        for (int parent = 1; parent <= 5; parent++) {
            long registration = parent(groupId, parent, parent == 4, first, now);
            for (long session : sessions) {
                String status = parent == 5 ? "ABSENT" : session == sessions.get(1) && parent == 2 ? "EXCUSED"
                        : "PRESENT";
                jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, 'facilitator@groepskracht.demo')", session, registration, status,
                        Timestamp.from(now));
            }
        }
    }

    private long parent(long groupId, int number, boolean signedOff, LocalDate first, Instant now) {
        String email = PARENT_MAIL.formatted(number);
        Timestamp created = Timestamp.from(first.minusDays(10).atStartOfDay(AppZone.ID).toInstant());
        jdbc.update("INSERT INTO participant (name, email, language, created_at, family_key) VALUES (?, ?, ?, ?, UUID())",
                "Demo-ouder evaluatie " + number, email, number == 3 ? "en" : "nl", created);
        long participant = jdbc.queryForObject("SELECT id FROM participant WHERE email = ?", Long.class, email);
        jdbc.update("INSERT INTO registration (group_id, participant_id, status, consent_version, consent_at, created_at,"
                + " confirmed_at, cancelled_at, email_hash) VALUES (?, ?, ?, '2026-11', ?, ?, ?, ?, UNHEX(SHA2(?, 256)))",
                groupId, participant, signedOff ? "CANCELLED" : "CONFIRMED", created, created, created,
                signedOff ? Timestamp.from(now.minusSeconds(86_400)) : null, email);
        return jdbc.queryForObject("SELECT id FROM registration WHERE participant_id = ?", Long.class, participant);
    }
}
