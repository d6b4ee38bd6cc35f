package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.attendance.AttendanceFigures;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Twelve months after a group is over its parents are anonymised, and every figure stays the same. */
@SmtpAndClockTest
class RetentionTest {

    @Autowired
    SignupService signups;
    @Autowired
    ParticipantRetention retention;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    AttendanceService attendance;
    @Autowired
    AttendanceFigures figures;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void parents_of_a_group_closed_a_year_ago_are_anonymised_and_the_figures_do_not_change() {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "schoolverzuim", Set.of())));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(2), 2)));
        as(fatima, () -> groups.open(groupId));
        List<String> emails = List.of(confirm(groupId, "Anna"), confirm(groupId, "Bert"), confirm(groupId, "Cem"));
        String never = Parents.form("Nooit").getEmail();
        var unconfirmed = Parents.form("Nooit");
        unconfirmed.setEmail(never);
        signups.signUp(groupId, unconfirmed);
        List<SessionInfo> sessions = as(fatima, () -> schedule.sessions(groupId));
        Duration moved = Duration.ZERO;
        try {
            moved = moved.plus(advanceTo(sessions.get(1).start().toInstant().plusSeconds(60)));
            List<Long> ids = jdbc.queryForList("select id from registration where group_id = ? and status = 'CONFIRMED' "
                    + "order by id", Long.class, groupId);
            for (SessionInfo session : sessions) {
                as(fatima, () -> attendance.mark(session.id(), ids.get(0), AttendanceStatus.PRESENT));
                as(fatima, () -> attendance.mark(session.id(), ids.get(1), AttendanceStatus.ABSENT));
            }
            as(fatima, () -> groups.close(groupId));
            Map<String, Object> before = figuresOf(groupId, fatima);

            moved = moved.plus(advance(Duration.ofDays(300)));
            retention.anonymiseDue();
            assertThat(namesIn(groupId)).as("not yet: within the year, but the unconfirmed sign-up is gone")
                    .containsExactlyInAnyOrder("Anna", "Bert", "Cem");
            moved = moved.plus(advance(Duration.ofDays(70)));
            retention.anonymiseDue();
            retention.anonymiseDue();

            assertThat(namesIn(groupId)).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from participant where email in (?, ?, ?, ?)",
                    Integer.class, emails.get(0), emails.get(1), emails.get(2), never)).isZero();
            assertThat(figuresOf(groupId, fatima)).isEqualTo(before);
        } finally {
            clock.advance(moved.negated());
        }
    }

    private Map<String, Object> figuresOf(long groupId, Professional fatima) {
        var attended = as(fatima, () -> figures.figures(groupId));
        return Map.of(
                "confirmed", jdbc.queryForObject("select count(*) from registration where group_id = ? and status = "
                        + "'CONFIRMED'", Integer.class, groupId),
                "families", jdbc.queryForObject("select count(distinct p.family_key) from registration r join "
                        + "participant p on p.id = r.participant_id where r.group_id = ?", Integer.class, groupId),
                "sessions held", attended.sessionsHeld(),
                "attendance rate", attended.attendanceRate(),
                "drop-outs", attended.dropOuts(),
                "per parent", attended.parents().stream().map(p -> p.attended() + "/" + p.held()).sorted().toList());
    }

    private List<String> namesIn(long groupId) {
        return jdbc.queryForList("select p.name from registration r join participant p on p.id = r.participant_id "
                + "where r.group_id = ? and p.name is not null", String.class, groupId);
    }

    private String confirm(long groupId, String name) {
        var parent = Parents.form(name);
        signups.signUp(groupId, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        return parent.getEmail();
    }

    private Duration advanceTo(java.time.Instant moment) {
        return advance(Duration.between(clock.instant(), moment));
    }

    private Duration advance(Duration by) {
        clock.advance(by);
        return by;
    }
}
