package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.groepskracht.calendar.SessionReminders;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reminders reach who is coming, at the session's current time, once; never for what does not take place. */
@SmtpAndClockTest
class RemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    SignupService signups;
    @Autowired
    PersonalPage page;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    SessionReminders reminders;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Professional fatima;
    long groupId;
    List<SessionInfo> sessions;

    @BeforeEach
    void groupWithTwoSessions() {
        dispatcher.dispatchDue();
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "overgewicht", Set.of())));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(5), 2)));
        as(fatima, () -> groups.open(groupId));
        sessions = as(fatima, () -> schedule.sessions(groupId));
    }

    @Test
    void a_session_moved_after_its_reminder_gets_one_for_its_new_time_and_an_excused_parent_gets_none() throws Exception {
        SignupForm coming = confirm("Komt");
        SignupForm excused = confirm("Kannie");
        SessionInfo first = sessions.getFirst();
        long excusedRegistration = registrationOf(excused);
        String link = Links.personalToken(jdbc, excused.getEmail());
        assertThat(page.excuse(link, excusedRegistration, first.id())).isTrue();

        Duration ahead = Duration.between(clock.instant(), first.start().toInstant().minus(Duration.ofHours(20)));
        clock.advance(ahead);
        try {
            reminders.sendDue();
            reminders.sendDue();
            as(fatima, () -> schedule.update(first.id(), Fixtures.session(first.start().toLocalDate(),
                    LocalTime.of(20, 0), LocalTime.of(21, 30))));
            reminders.sendDue();
            dispatcher.dispatchDue();
        } finally {
            clock.advance(ahead.negated());
        }
        List<MimeMessage> toComing = reminders(coming.getEmail());
        assertThat(toComing).as("one for 19:00, one for the new time").hasSize(2);
        assertThat(Mails.text(toComing.get(1))).contains("20:00");
        assertThat(reminders(excused.getEmail())).isEmpty();
        assertThat(reminders(fatima.email())).hasSize(2);
    }

    @Test
    void a_cancelled_session_or_a_closed_group_gets_no_reminders() {
        SignupForm parent = confirm("Niemand");
        as(fatima, () -> schedule.cancel(sessions.getFirst().id(), null));
        Duration ahead = Duration.between(clock.instant(), sessions.getFirst().start().toInstant()
                .minus(Duration.ofHours(20)));
        clock.advance(ahead);
        try {
            reminders.sendDue();
            dispatcher.dispatchDue();
            assertThat(reminders(parent.getEmail())).isEmpty();
            as(fatima, () -> groups.close(groupId));
            clock.advance(Duration.ofDays(7));
            reminders.sendDue();
            dispatcher.dispatchDue();
            assertThat(reminders(parent.getEmail())).isEmpty();
            assertThat(reminders(fatima.email())).isEmpty();
        } finally {
            clock.advance(ahead.negated().minus(Duration.ofDays(7)));
        }
    }

    private List<MimeMessage> reminders(String address) {
        return Mails.to(Mails.settled(smtp), address).stream()
                .filter(m -> Mails.subject(m).startsWith("Herinnering")).toList();
    }

    private SignupForm confirm(String name) {
        SignupForm parent = Parents.form(name);
        signups.signUp(groupId, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        return parent;
    }

    private long registrationOf(SignupForm parent) {
        return jdbc.queryForObject("select r.id from registration r join participant p on p.id = r.participant_id "
                + "where p.email = ?", Long.class, parent.getEmail());
    }
}
