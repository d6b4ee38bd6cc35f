package nl.groepskracht.attendance;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.groepskracht.attendance.AttendanceViews.GroupFigures;
import nl.groepskracht.attendance.AttendanceViews.ParentFigure;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.RosterEntry;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The figures on a known data set; sessions lie in the past by moving the clock forward. */
@SmtpAndClockTest
class AttendanceFiguresTest {

    private static final Duration LATER = Duration.ofDays(30);

    @Autowired
    nl.groepskracht.signup.PhoneSignups phoneSignups;
    @Autowired
    AttendanceService attendance;
    @Autowired
    AttendanceFigures figures;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;

    Professional fatima;

    @BeforeEach
    void facilitator() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
    }

    @AfterEach
    void backToNow() {
        if (moved) {
            clock.advance(LATER.negated());
            moved = false;
        }
    }

    boolean moved;

    @Test
    void rates_count_held_sessions_only_and_two_unexcused_absences_in_a_row_flag_a_parent() {
        long groupId = group(SignupMode.REGISTRATION);
        for (String name : List.of("Anna", "Bert", "Cem")) {
            var form = Parents.form(name);
            form.setName(name);
            as(fatima, () -> phoneSignups.add(groupId, nl.groepskracht.support.Parents.byPhone(form)));
        }
        List<SessionInfo> sessions = as(fatima, () -> schedule.sessions(groupId));
        as(fatima, () -> schedule.cancel(sessions.get(2).id(), null));
        moveClock();
        List<RosterEntry> roster = as(fatima, () -> participants.roster(groupId));
        long anna = roster.get(0).registrationId();
        long bert = roster.get(1).registrationId();
        long cem = roster.get(2).registrationId();
        mark(sessions.get(0), anna, AttendanceStatus.PRESENT, bert, AttendanceStatus.ABSENT, cem,
                AttendanceStatus.EXCUSED);
        mark(sessions.get(1), anna, AttendanceStatus.PRESENT, bert, AttendanceStatus.PRESENT, cem,
                AttendanceStatus.ABSENT);
        mark(sessions.get(3), anna, AttendanceStatus.ABSENT, bert, AttendanceStatus.PRESENT, cem,
                AttendanceStatus.ABSENT);

        GroupFigures result = as(fatima, () -> figures.figures(groupId));
        assertThat(result.sessionsHeld()).isEqualTo(3);
        assertThat(result.attendanceRate()).isEqualTo(4.0 / 9);
        assertThat(result.sessions()).extracting(s -> s.present() + "/" + s.recorded())
                .containsExactly("1/3", "2/3", "1/3");
        assertThat(result.parents()).extracting(ParentFigure::name, ParentFigure::attended, ParentFigure::flagged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna", 2, false),
                        org.assertj.core.groups.Tuple.tuple("Bert", 2, false),
                        org.assertj.core.groups.Tuple.tuple("Cem", 0, true));
        byte[] file = as(fatima, () -> figures.matrixCsv(groupId, nl.groepskracht.base.i18n.Languages.DUTCH));
        assertThat(java.util.Arrays.copyOf(file, 3)).as("UTF-8 byte order mark for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        var rows = nl.groepskracht.support.SpreadsheetFiles.read(file);
        assertThat(rows.getFirst().getFirst()).isEqualTo("Naam");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Cem", "Afgemeld", "Afwezig", "Afwezig",
                "0/3"));
    }

    @Test
    void a_late_joiner_is_expected_from_joining_on_as_in_the_opkomst() {
        long groupId = group(SignupMode.REGISTRATION);
        signUpByPhone(groupId, "Anna");
        List<SessionInfo> sessions = as(fatima, () -> schedule.sessions(groupId));
        clock.advance(Duration.ofDays(9));
        try {
            signUpByPhone(groupId, "Dana"); // after the first two sessions were held
            moveClock();
            List<RosterEntry> roster = as(fatima, () -> participants.roster(groupId));
            long anna = roster.stream().filter(p -> p.name().equals("Anna")).findFirst().orElseThrow().registrationId();
            long dana = roster.stream().filter(p -> p.name().equals("Dana")).findFirst().orElseThrow().registrationId();
            mark(sessions.get(0), anna, AttendanceStatus.PRESENT);
            mark(sessions.get(1), anna, AttendanceStatus.PRESENT);
            mark(sessions.get(2), anna, AttendanceStatus.PRESENT, dana, AttendanceStatus.PRESENT);
            mark(sessions.get(3), anna, AttendanceStatus.PRESENT, dana, AttendanceStatus.PRESENT);

            GroupFigures result = as(fatima, () -> figures.figures(groupId));
            assertThat(result.attendanceRate()).as("opkomst").isEqualTo(1.0);
            assertThat(result.parents()).extracting(p -> p.name() + " " + p.attended() + "/" + p.held())
                    .as("each parent's share by the same definition").containsExactlyInAnyOrder("Anna 4/4", "Dana 2/2");
            // the shared SQL pieces, under the aliases of another query, count the same
            var counted = named.queryForMap("SELECT " + AttendanceRate.expected("reg") + " AS expected, "
                    + AttendanceRate.present("att") + " AS present FROM group_session gs JOIN registration reg ON "
                    + AttendanceRate.hadPlace("reg", "gs") + " LEFT JOIN attendance att ON att.session_id = gs.id"
                    + " AND att.registration_id = reg.id WHERE gs.group_id = :group AND " + AttendanceRate.held("gs"),
                    java.util.Map.of("group", groupId, "now", java.sql.Timestamp.from(clock.instant())));
            assertThat(counted).containsEntry("expected", 6L).containsEntry("present", 6L);
            var rows = nl.groepskracht.support.SpreadsheetFiles.read(as(fatima, () -> figures.matrixCsv(groupId,
                    nl.groepskracht.base.i18n.Languages.DUTCH)));
            assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly("Dana", "", "", "Aanwezig", "Aanwezig",
                    "2/2"));
        } finally {
            clock.advance(Duration.ofDays(-9));
        }
    }

    private void signUpByPhone(long groupId, String name) {
        var form = Parents.form(name);
        form.setName(name);
        as(fatima, () -> phoneSignups.add(groupId, Parents.byPhone(form)));
    }

    @Test
    void a_parent_who_gives_up_the_place_before_the_first_session_is_no_drop_out_one_who_leaves_after_it_is() {
        long groupId = group(SignupMode.REGISTRATION);
        for (String name : List.of("Anna", "Bert", "Cem")) {
            var form = Parents.form(name);
            form.setName(name);
            as(fatima, () -> phoneSignups.add(groupId, Parents.byPhone(form)));
        }
        List<RosterEntry> roster = as(fatima, () -> participants.roster(groupId));
        as(fatima, () -> participants.remove(roster.get(1).registrationId(), null));
        assertThat(as(fatima, () -> figures.figures(groupId)).dropOuts()).isZero();
        clock.advance(Duration.ofDays(8));
        try {
            as(fatima, () -> participants.remove(roster.get(2).registrationId(), null));
            GroupFigures result = as(fatima, () -> figures.figures(groupId));
            assertThat(result.dropOuts()).as("only Cem left after the first session was held").isEqualTo(1);
        } finally {
            clock.advance(Duration.ofDays(-8));
        }
    }

    @Test
    void a_walk_in_head_count_refuses_negative_or_absurd_numbers_and_counts_visits() {
        long groupId = group(SignupMode.WALK_IN);
        SessionInfo first = as(fatima, () -> schedule.sessions(groupId)).getFirst();
        moveClock();
        for (HeadCount wrong : List.of(new HeadCount(-1, 3, 0), new HeadCount(5, 100000, 0), new HeadCount(2, 3, 5))) {
            assertThatThrownBy(() -> as(fatima, () -> attendance.saveHeadCount(first.id(), wrong)))
                    .isInstanceOf(FieldValidationException.class);
        }
        as(fatima, () -> attendance.saveHeadCount(first.id(), new HeadCount(7, 9, 2)));
        GroupFigures result = as(fatima, () -> figures.figures(groupId));
        assertThat(result.walkIn()).isTrue();
        assertThat(result.sessions().getFirst().headCount()).isEqualTo(new HeadCount(7, 9, 2));
    }

    @Test
    void another_facilitator_cannot_record_attendance() {
        long groupId = group(SignupMode.WALK_IN);
        SessionInfo first = as(fatima, () -> schedule.sessions(groupId)).getFirst();
        moveClock();
        Professional other = accounts.create("Ander", Role.FACILITATOR);
        assertThatThrownBy(() -> as(other, () -> attendance.saveHeadCount(first.id(), new HeadCount(1, 1, 0))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long group(SignupMode mode) {
        GroupDraft draft = Fixtures.group(directory, mode == SignupMode.WALK_IN ? "spelinloop" : "overgewicht",
                Set.of());
        draft.setSignupMode(mode);
        long id = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(1), 4)));
        as(fatima, () -> groups.open(id));
        return id;
    }

    private void moveClock() {
        clock.advance(LATER);
        moved = true;
    }

    private void mark(SessionInfo session, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            long registration = (Long) pairs[i];
            AttendanceStatus status = (AttendanceStatus) pairs[i + 1];
            as(fatima, () -> attendance.mark(session.id(), registration, status));
        }
    }
}
