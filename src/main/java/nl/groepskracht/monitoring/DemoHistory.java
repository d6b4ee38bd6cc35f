package nl.groepskracht.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.groepskracht.attendance.AttendanceDemoSupport;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.attendance.HeadCount;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.group.AgeRange;
import nl.groepskracht.group.GroupDemoSupport;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.ScheduleDemoSupport;
import nl.groepskracht.signup.SignupDemoSupport;
import nl.groepskracht.signup.Toeleiding;

/**
 * Writes one past group with its sessions, parents, places and attendance through the demo support of the
 * modules that own them (the services refuse the past), consistent with what the services would have
 * written: families, statuses, dates and capacity agree. Demo parents' names are obviously made up.
 */
class DemoHistory {

    /** A parent of the demo: their family (shared across groups) and how they came. */
    record Parent(String familyKey, int number, Toeleiding toeleiding) {
    }

    /** The demo support of the modules whose history the monitoring demo writes. */
    record Modules(GroupDemoSupport groups, ScheduleDemoSupport schedule, SignupDemoSupport signups,
            AttendanceDemoSupport attendance) {
    }

    private static final String LOCATION = "Buurthuis (demo)";
    private final Modules modules;
    private final Random random;
    private final String facilitator;

    DemoHistory(Modules modules, Random random, String facilitator) {
        this.modules = modules;
        this.random = random;
        this.facilitator = facilitator;
    }

    long group(String name, long themeId, long wijkId, Integer capacity, boolean closed, List<Long> facilitators,
            LocalDate last, Instant created) {
        var draft = new GroupDraft();
        draft.setName(name);
        draft.setThemeId(themeId);
        draft.setWijkId(wijkId);
        draft.setDescription("Demogroep uit het verleden, voor de monitoring.");
        draft.setAgeRange(AgeRange.AGE_4_12);
        draft.setSignupMode(capacity == null ? SignupMode.WALK_IN : SignupMode.REGISTRATION);
        draft.setCapacity(capacity);
        draft.setLocation(LOCATION);
        draft.setFacilitatorIds(Set.copyOf(facilitators));
        return modules.groups().pastGroup(draft, closed, last, created);
    }

    /** Weekly sessions at 19:30 from the first date, only those before {@code before}; returns their ids and starts. */
    List<Object[]> sessions(long groupId, LocalDate first, int count, LocalDate before) {
        List<ZonedDateTime> starts = new ArrayList<>();
        for (int i = 0; i < count && first.plusWeeks(i).isBefore(before); i++) {
            starts.add(first.plusWeeks(i).atTime(LocalTime.of(19, 30)).atZone(AppZone.ID));
        }
        List<Long> ids = modules.schedule().pastSessions(groupId, starts, Duration.ofMinutes(90), LOCATION);
        List<Object[]> sessions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            sessions.add(new Object[] {ids.get(i), starts.get(i).toInstant()});
        }
        return sessions;
    }

    Parent newParent(int number) {
        Toeleiding[] answers = Toeleiding.values();
        return new Parent(UUID.randomUUID().toString(), number,
                random.nextInt(6) == 0 ? null : answers[random.nextInt(answers.length)]);
    }

    /** A sign-up and its moments (a later moment decides its status); returns the registration id. */
    long registration(long groupId, Parent parent, Instant created, Instant confirmed, Instant waitlisted,
            Instant cancelled, Long referralLink) {
        return modules.signups().pastSignup(groupId, new SignupDemoSupport.PastSignup("Demo-ouder " + parent.number(),
                "demo-ouder-" + parent.number() + "@voorbeeld.invalid", "nl", parent.familyKey(), parent.toeleiding(),
                referralLink, created, waitlisted, confirmed, cancelled));
    }

    /** Attendance of one parent at one session: mostly present, sometimes excused or absent. */
    void attendance(long sessionId, long registrationId, Instant at, boolean neverComes) {
        int roll = random.nextInt(100);
        var status = neverComes || roll < 12 ? AttendanceStatus.ABSENT : roll < 22 ? AttendanceStatus.EXCUSED
                : AttendanceStatus.PRESENT;
        modules.attendance().mark(sessionId, registrationId, status, at, facilitator);
    }

    void headCount(long sessionId, Instant at) {
        int adults = 5 + random.nextInt(10);
        modules.attendance().headCount(sessionId, new HeadCount(adults, adults + random.nextInt(8), random.nextInt(3)),
                at, facilitator);
    }
}
