package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.calendar.SessionReminders;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** "Mijn aanmeldingen" is about the person: every sign-up of their address, downloaded or deleted as a whole. */
@SmtpAndClockTest
class ParentDataTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MockMvc mvc;
    @Autowired
    SignupService signups;
    @Autowired
    PersonalPage page;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    AttendanceService attendance;
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

    @Test
    void deleting_via_one_link_forgets_the_person_in_every_group_with_their_mails_reminders_and_links()
            throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupA = group(fatima, 2);
        long groupB = group(fatima, 3);
        SignupForm parent = Parents.form("Karim");
        parent.setPhone("06 11122233");
        signups.signUp(groupA, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        String linkA = Links.personalToken(jdbc, parent.getEmail());
        signups.signUp(groupB, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        String linkB = Links.personalToken(jdbc, parent.getEmail());
        long registrationB = registrationIn(groupB, parent);
        as(fatima, () -> participants.remove(registrationB, "Karim belde af, zijn vrouw is ziek"));
        signups.signUp(groupB, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        SessionInfo first = as(fatima, () -> schedule.sessions(groupA)).getFirst();
        Duration ahead = Duration.between(clock.instant(), first.start().toInstant().minus(Duration.ofHours(20)));
        clock.advance(ahead);
        try {
            reminders.sendDue();
        } finally {
            clock.advance(ahead.negated());
        }
        assertThat(page.mine(linkA)).as("one link shows every sign-up of the person").hasSize(3);

        String json = mvc.perform(get("/mijn/" + linkA + "/gegevens.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains(parent.getEmail(), "06 11122233", "\"code\":\"CONFIRMED\"",
                "\"label\":\"Aangemeld\"", SignupService.CONSENT_VERSION, groups.ref(groupB).name());

        mvc.perform(post("/mijn/" + linkA + "/verwijderen").with(csrf()).with(Clients.fresh()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("select count(*) from participant where email = ? or phone = ?", Integer.class,
                parent.getEmail(), "06 11122233")).isZero();
        assertThat(jdbc.queryForObject("select count(*) from registration where email_hash = ?", Integer.class,
                (Object) EmailAddresses.hash(parent.getEmail()))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reminder_claim where recipient_hash = ?", Integer.class,
                (Object) EmailAddresses.hash(parent.getEmail()))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where detail like '%Karim%'",
                Integer.class)).isZero();
        assertThat(page.mine(linkB)).as("the other link is dead too").isEmpty();
        mvc.perform(get("/mijn/" + linkB + "/gegevens.json")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where lower(recipient) = ? "
                + "and forget_after_sending = false", Integer.class, parent.getEmail())).isZero();

        dispatcher.dispatchDue();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where lower(recipient) = ?", Integer.class,
                parent.getEmail())).as("the last mails (their calendars cleared) are forgotten once sent").isZero();
        assertThat(Mails.to(Mails.settled(smtp), parent.getEmail())).filteredOn(m -> Mails.subject(m)
                .contains("verwijderd")).hasSize(2).allSatisfy(m -> assertThat(Mails.calendarParts(m)).isNotEmpty());
        assertThat(jdbc.queryForObject("select count(*) from registration where group_id in (?, ?) "
                + "and status = 'CANCELLED'", Integer.class, groupA, groupB)).as("counts stay").isEqualTo(3);
    }

    @Test
    void the_download_holds_attendance_and_excuses_with_readable_labels() throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupId = group(fatima, 2);
        SignupForm parent = Parents.form("Lina");
        signups.signUp(groupId, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        String link = Links.personalToken(jdbc, parent.getEmail());
        List<SessionInfo> sessions = as(fatima, () -> schedule.sessions(groupId));
        long registration = registrationIn(groupId, parent);
        page.excuse(link, registration, sessions.get(1).id());
        Duration ahead = Duration.between(clock.instant(), sessions.getFirst().start().toInstant().plusSeconds(60));
        clock.advance(ahead);
        try {
            as(fatima, () -> attendance.mark(sessions.getFirst().id(), registration, AttendanceStatus.PRESENT));
        } finally {
            clock.advance(ahead.negated());
        }
        String json = mvc.perform(get("/mijn/" + link + "/gegevens.json")).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"code\":\"PRESENT\"", "\"label\":\"Aanwezig\"", "\"code\":\"EXCUSED\"",
                "\"label\":\"Afgemeld\"", "gegeven op het aanmeldformulier");
    }

    private long group(Professional fatima, int sessions) {
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(3), sessions)));
        as(fatima, () -> groups.open(id));
        return id;
    }

    private long registrationIn(long groupId, SignupForm parent) {
        return jdbc.queryForObject("select r.id from registration r join participant p on p.id = r.participant_id "
                + "where r.group_id = ? and p.email = ? and r.status <> 'CANCELLED'", Long.class, groupId,
                parent.getEmail());
    }
}
