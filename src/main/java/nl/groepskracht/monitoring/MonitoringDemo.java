package nl.groepskracht.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.groepskracht.attendance.AttendanceDemoSupport;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDemoSupport;
import nl.groepskracht.schedule.ScheduleDemoSupport;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;
import nl.groepskracht.signup.SignupDemoSupport;
import nl.groepskracht.signup.Toeleiding;
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
 * Demo history for the dashboard: groups over the last and the current school year in several
 * wijken and themes, with sessions held, parents, attendance, walk-in head counts, a waiting list,
 * drop-outs, toeleiding answers and a verwijslink; demand signals in Zuidwest, where no group runs;
 * CBS codes and households for some wijken. Runs once, after the other demo runners.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "groepskracht.demo-data.enabled", havingValue = "true")
class MonitoringDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemo.class);
    static final String MARKER = "Samen ouder blijven Overvecht (vorig schooljaar)";
    /** The group whose parents are anonymised (its figures stay). */
    private static final String ANONYMISED = "Samen ouder blijven Geuzenveld";

    private record Spec(String name, String theme, String wijk, Integer capacity, int schoolYear, int week,
            int sessions, int parents) {
    }

    private static final List<Spec> GROUPS = List.of(
            new Spec(MARKER, "echtscheiding", "Overvecht", 10, -1, 6, 8, 10),
            new Spec("Gezond en grenzen stellen Kanaleneiland", "overgewicht", "Kanaleneiland", 8, -1, 10, 6, 8),
            new Spec("Weer naar school Noordwest", "schoolverzuim", "Noordwest", 12, -1, 22, 8, 9),
            new Spec("Spelinloop Overvecht (vorig schooljaar)", "spelinloop", "Overvecht", null, -1, 5, 16, 0),
            new Spec("Samen ouder blijven Geuzenveld", "echtscheiding", "Geuzenveld-Slotermeer", 10, -1, 28, 8, 4),
            new Spec("Samen ouder blijven Overvecht", "echtscheiding", "Overvecht", 10, 0, 4, 10, 10),
            new Spec("Gezond en grenzen stellen Leidsche Rijn", "overgewicht", "Leidsche Rijn", 8, 0, 7, 6, 8),
            new Spec("Spelinloop Kanaleneiland (dinsdag)", "spelinloop", "Kanaleneiland", null, 0, 3, 30, 0),
            new Spec("Spelinloop Leidsche Rijn (donderdag)", "spelinloop", "Leidsche Rijn", null, 0, 2, 30, 0),
            new Spec("Spelinloop Overvecht (woensdag)", "spelinloop", "Overvecht", null, 0, 4, 30, 0),
            new Spec("Weer naar school Slotervaart", "schoolverzuim", "Slotervaart", 10, 0, 6, 8, 7));

    private final JdbcTemplate jdbc;
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;
    private final DemoHistory.Modules modules;
    private final ReadModel readModel;
    private final Clock clock;

    MonitoringDemo(JdbcTemplate jdbc, DirectoryService directory, ProfessionalDirectory professionals,
            GroupDemoSupport groups, ScheduleDemoSupport schedule, SignupDemoSupport signups,
            AttendanceDemoSupport attendance, ReadModel readModel, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.professionals = professionals;
        this.modules = new DemoHistory.Modules(groups, schedule, signups, attendance);
        this.readModel = readModel;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!modules.groups().named(MARKER).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        var history = new DemoHistory(modules, new Random(42), DemoSignals.FACILITATOR);
        List<Long> facilitators = professionals.facilitators().stream().filter(p -> p.email().equals(
                DemoSignals.FACILITATOR) || p.email().equals("jgz@groepskracht.demo")).map(Professional::id).toList();
        List<DemoHistory.Parent> earlier = new ArrayList<>();
        int number = 100;
        Long anonymised = null;
        for (Spec spec : GROUPS) {
            LocalDate first = PeriodChoice.schoolYear(today.plusYears(spec.schoolYear()))[0].plusWeeks(spec.week());
            if (!first.isBefore(today.minusDays(1))) {
                continue;
            }
            long groupId = history.group(spec.name(), themeId(spec.theme()), wijkId(spec.wijk()), spec.capacity(),
                    spec.schoolYear() < 0, facilitators, first.plusWeeks(spec.sessions() - 1),
                    first.minusWeeks(5).atStartOfDay(AppZone.ID).toInstant());
            List<Object[]> planned = history.sessions(groupId, first, spec.sessions(), today.minusDays(1));
            if (spec.name().equals(ANONYMISED)) {
                anonymised = groupId;
            }
            if (spec.capacity() == null) {
                planned.forEach(s -> history.headCount((Long) s[0], (Instant) s[1]));
                continue;
            }
            Long link = spec.name().equals("Samen ouder blijven Overvecht") ? referralLink(groupId) : null;
            for (int i = 0; i < spec.parents(); i++) {
                // three parents of last year's Overvecht group come back (the same families)
                var parent = link != null && i < 3 && earlier.size() >= 3 ? earlier.get(i)
                        : history.newParent(number++);
                if (spec.schoolYear() < 0 && spec.wijk().equals("Overvecht")) {
                    earlier.add(parent);
                }
                boolean viaLink = link != null && i >= 7;
                place(history, groupId, planned, viaLink ? new DemoHistory.Parent(parent.familyKey(), parent.number(),
                        Toeleiding.SCHOOL) : parent, i, viaLink ? link : null, link == null);
            }
            if (link != null) {
                waitingList(history, groupId, planned, number);
                number += 5;
            }
        }
        new DemoSignals(jdbc, directory, clock).create();
        if (anonymised != null) {
            modules.signups().anonymiseParents(anonymised, clock.instant());
        }
        readModel.invalidate();
        log.info("Demo history for the monitoring created");
    }

    /**
     * One parent's place: most stay; the second leaves after the second session (a drop-out), the
     * fourth gives up the place before the first session (not a drop-out; not in the full group with a
     * waiting list), the sixth never comes.
     */
    private void place(DemoHistory history, long groupId, List<Object[]> sessions, DemoHistory.Parent parent, int i,
            Long link, boolean mayLeaveEarly) {
        Instant first = (Instant) sessions.getFirst()[1];
        Instant created = first.minus(Duration.ofDays(20 - i));
        Instant confirmed = created.plus(Duration.ofHours(3));
        Instant left = i == 1 && sessions.size() > 2 ? ((Instant) sessions.get(1)[1]).plus(Duration.ofDays(2))
                : i == 3 && mayLeaveEarly ? first.minus(Duration.ofDays(2)) : null;
        long registration = history.registration(groupId, parent, created, confirmed, null, left, link);
        for (Object[] session : sessions) {
            Instant start = (Instant) session[1];
            if (left == null || left.isAfter(start)) {
                history.attendance((Long) session[0], registration, start, i == 5);
            }
        }
    }

    /** Two parents got a place from the waiting list after the drop-out; three are still waiting. */
    private void waitingList(DemoHistory history, long groupId, List<Object[]> sessions, int number) {
        Instant first = (Instant) sessions.getFirst()[1];
        Instant freed = sessions.size() > 2 ? ((Instant) sessions.get(1)[1]).plus(Duration.ofDays(2)) : null;
        for (int i = 0; i < 5; i++) {
            Instant created = first.minus(Duration.ofDays(10 - i));
            boolean promoted = i == 0 && freed != null;
            long registration = history.registration(groupId, history.newParent(number + i), created,
                    promoted ? freed : null, created, null, null);
            for (Object[] session : sessions) {
                if (promoted && freed.isBefore((Instant) session[1])) {
                    history.attendance((Long) session[0], registration, (Instant) session[1], false);
                }
            }
        }
    }

    private Long referralLink(long groupId) {
        long school = directory.allOrganisations().stream().filter(o -> o.name().equals("Basisschool De Regenboog"))
                .findFirst().orElseThrow().id();
        return modules.signups().referralLink(groupId, school, "DEMO7QR", clock.instant(), DemoSignals.FACILITATOR);
    }

    private long themeId(String code) {
        return directory.allThemes().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long wijkId(String name) {
        return directory.allWijken().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().id();
    }
}
