package nl.groepskracht.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.groepskracht.attendance.AttendanceDemoSupport;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.attendance.Attendees;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.AgeRange;
import nl.groepskracht.group.GroupDemoSupport;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.monitoring.MonitoringDemoSupport;
import nl.groepskracht.schedule.ScheduleDemoSupport;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.signup.SignupDemoSupport;
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
    private static final String FACILITATOR = "facilitator@groepskracht.demo";
    private static final String LOCATION = "Wijkcentrum Noordoost (demo)";

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
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;
    private final GroupDemoSupport groups;
    private final ScheduleDemoSupport schedule;
    private final SignupDemoSupport signups;
    private final AttendanceDemoSupport attendance;
    private final Attendees attendees;
    private final MonitoringDemoSupport monitoring;
    private final Clock clock;

    EvaluationDemo(JdbcTemplate jdbc, DirectoryService directory, ProfessionalDirectory professionals,
            GroupDemoSupport groups, ScheduleDemoSupport schedule, SignupDemoSupport signups,
            AttendanceDemoSupport attendance, Attendees attendees, MonitoringDemoSupport monitoring, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.professionals = professionals;
        this.groups = groups;
        this.schedule = schedule;
        this.signups = signups;
        this.attendance = attendance;
        this.attendees = attendees;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!groups.named(RECENT).isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (Answers answers : FINISHED) {
            groups.named(answers.group()).forEach(groupId -> answer(groupId, answers.count(), now));
        }
        recentGroup(LocalDate.now(clock.withZone(AppZone.ID)), now);
        // history written around the services: the dashboard's read model is rebuilt at its next read
        monitoring.rebuildAtNextRead();
        log.info("Demo evaluations created");
    }

    /** Invitations for the parents who came, {@code count} of them answered (the answers hold no parent). */
    private void answer(long groupId, int count, Instant now) {
        var came = attendees.presentAtLeastOnce(groupId);
        for (long registration : signups.withPlace(groupId)) {
            if (came.contains(registration)) {
                jdbc.update("INSERT IGNORE INTO evaluation_invitation (group_id, registration_id, invited_at,"
                        + " reminder_handled) VALUES (?, ?, ?, TRUE)", groupId, registration,
                        Timestamp.from(now.minusSeconds(86_400L * 200)));
            }
        }
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
        LocalDate first = today.minusDays(22);
        var draft = new GroupDraft();
        draft.setName(RECENT);
        draft.setThemeId(directory.allThemes().stream().filter(t -> t.code().equals("echtscheiding")).findFirst()
                .orElseThrow().id());
        draft.setWijkId(directory.allWijken().stream().filter(w -> w.name().equals("Noordoost")).findFirst()
                .orElseThrow().id());
        draft.setDescription("Demogroep die gisteren afliep: de ouders krijgen de evaluatie.");
        draft.setAgeRange(AgeRange.AGE_4_12);
        draft.setSignupMode(SignupMode.REGISTRATION);
        draft.setCapacity(10);
        draft.setLocation(LOCATION);
        draft.setFacilitatorIds(professionals.facilitators().stream().filter(p -> p.email().equals(FACILITATOR)
                || p.email().equals("jgz@groepskracht.demo")).map(Professional::id).collect(Collectors.toSet()));
        long groupId = groups.pastGroup(draft, false, today.minusDays(1), now.minusSeconds(86_400L * 40));
        List<ZonedDateTime> starts = IntStream.range(0, 4)
                .mapToObj(week -> first.plusWeeks(week).atTime(LocalTime.of(19, 30)).atZone(AppZone.ID)).toList();
        List<Long> sessions = schedule.pastSessions(groupId, starts, Duration.ofMinutes(90), LOCATION);
        for (int parent = 1; parent <= 5; parent++) {
            long registration = parent(groupId, parent, parent == 4, first, now);
            for (long session : sessions) {
                var status = parent == 5 ? AttendanceStatus.ABSENT : session == sessions.get(1) && parent == 2
                        ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
                attendance.mark(session, registration, status, now, FACILITATOR);
            }
        }
    }

    private long parent(long groupId, int number, boolean signedOff, LocalDate first, Instant now) {
        Instant created = first.minusDays(10).atStartOfDay(AppZone.ID).toInstant();
        return signups.pastSignup(groupId, new SignupDemoSupport.PastSignup("Demo-ouder evaluatie " + number,
                PARENT_MAIL.formatted(number), number == 3 ? "en" : "nl", UUID.randomUUID().toString(), null, null,
                created, null, created, signedOff ? now.minusSeconds(86_400) : null));
    }
}
