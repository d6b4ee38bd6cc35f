package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.CalendarClients;
import nl.groepskracht.support.Fixtures;
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
import org.springframework.test.web.servlet.MockMvc;

/** Double taps, second clicks, expired links and unusual addresses: each parent signs up once and gets what they expect. */
@SmtpAndClockTest
class SignupOnceTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MockMvc mvc;
    @Autowired
    SignupService signups;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    Professional fatima;
    long groupId;

    @BeforeEach
    void openGroup() {
        dispatcher.dispatchDue();
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(4), 3)));
        as(fatima, () -> groups.open(groupId));
    }

    @Test
    void a_double_tap_on_the_form_stores_one_sign_up_and_sends_one_mail() throws Exception {
        for (int round = 0; round < 5; round++) {
            SignupForm parent = Parents.form("Dubbel");
            atOnce(() -> {
                signups.signUp(groupId, parent);
                return null;
            }, () -> {
                signups.signUp(groupId, parent);
                return null;
            });
            assertThat(registrationsOf(parent)).isEqualTo(1);
            dispatcher.dispatchDue();
            assertThat(Mails.to(Mails.settled(smtp), parent.getEmail())).hasSize(1);
        }
    }

    @Test
    void bidi_controls_and_invisible_characters_are_taken_out_of_a_parents_name() {
        SignupForm parent = Parents.form("Annelies\u202E de Wit\u200B\u2068");
        signups.signUp(groupId, parent);
        assertThat(jdbc.queryForObject("select name from participant where email = ?", String.class,
                parent.getEmail().toLowerCase(java.util.Locale.ROOT))).isEqualTo("Annelies de Wit");
    }

    @Test
    void another_constraint_refusing_the_sign_up_is_an_error_not_a_double_tap() {
        SignupForm parent = Parents.form("Geweigerd");
        // a rule of the database other than "one active sign-up per person and group" refuses this parent
        jdbc.execute("ALTER TABLE participant ADD CONSTRAINT ck_test_refused CHECK (email IS NULL OR email NOT LIKE"
                + " 'geweigerd.%')");
        try {
            assertThatThrownBy(() -> signups.signUp(groupId, parent)).as("not reported as stored")
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("ALTER TABLE participant DROP CONSTRAINT ck_test_refused");
        }
        assertThat(registrationsOf(parent)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class,
                parent.getEmail())).isZero();
    }

    @Test
    void a_second_confirm_click_shows_the_same_page_and_gives_one_place() throws Exception {
        SignupForm parent = Parents.form("Tweemaal");
        signups.signUp(groupId, parent);
        String token = confirmToken(parent);
        List<Integer> codes = atOnce(() -> mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh())).andReturn()
                .getResponse().getStatus(), () -> mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh())).andReturn()
                .getResponse().getStatus());
        assertThat(codes).as("one click confirms and answers with the page, the other is sent to it")
                .containsExactlyInAnyOrder(200, 302);
        int again = mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh())).andReturn().getResponse().getStatus();
        assertThat(again).isEqualTo(302);
        assertThat(mvc.perform(get("/aanmelding/" + token)).andReturn().getResponse().getContentAsString())
                .contains("U bent aangemeld");
        dispatcher.dispatchDue();
        assertThat(Mails.to(Mails.settled(smtp), parent.getEmail())).as("confirm link and one place").hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from registration where group_id = ? and status = 'CONFIRMED'",
                Integer.class, groupId)).isEqualTo(1);
    }

    @Test
    void signing_up_again_after_the_link_expired_sends_a_fresh_link_that_works() {
        SignupForm parent = Parents.form("Laat");
        signups.signUp(groupId, parent);
        String first = confirmToken(parent);
        clock.advance(Duration.ofHours(49));
        try {
            signups.signUp(groupId, parent);
            dispatcher.dispatchDue();
            List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), parent.getEmail());
            assertThat(mails).hasSize(2);
            String fresh = Parents.confirmToken(Mails.text(mails.get(1)));
            assertThat(fresh).isNotEqualTo(first);
            assertThat(signups.confirm(first).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(signups.confirm(fresh).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        } finally {
            clock.advance(Duration.ofHours(-49));
        }
    }

    @Test
    void unusual_but_valid_addresses_work_end_to_end_and_never_block_the_group() throws Exception {
        List<String> addresses = List.of("a|b." + System.nanoTime() + "@example.nl",
                "o'brien." + System.nanoTime() + "@example.nl", "x+y." + System.nanoTime() + "@example.nl");
        for (String address : addresses) {
            SignupForm parent = Parents.form("Ongewoon");
            parent.setEmail(address);
            mvc.perform(post("/aanbod/" + groupId).with(csrf()).with(Clients.fresh()).param("name", parent.getName())
                    .param("email", address).param("language", "nl").param("consent", "true"))
                    .andExpect(status().is3xxRedirection());
            dispatcher.dispatchDue();
            String token = Parents.confirmToken(Mails.text(Mails.to(smtp.getReceivedMessages(), address).getFirst()));
            mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh())).andExpect(status().isOk());
        }
        SessionInfo first = as(fatima, () -> schedule.sessions(groupId)).getFirst();
        as(fatima, () -> schedule.update(first.id(), Fixtures.session(first.start().toLocalDate(),
                LocalTime.of(20, 0), LocalTime.of(21, 30))));
        dispatcher.dispatchDue();

        for (String address : addresses) {
            List<MimeMessage> mails = Mails.to(Mails.settled(smtp), address);
            assertThat(mails).as(address + ": confirm, place, change").hasSize(3);
            String ics = Mails.calendarParts(mails.getLast()).getFirst().ics();
            CalendarClients.assertValid(ics);
            assertThat(Mails.property(ics, "ATTENDEE")).isEqualTo(new java.net.URI("mailto", address, null).toString());
        }
        assertThat(Mails.to(smtp.getReceivedMessages(), fatima.email())).hasSize(2);
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... actions) throws Exception {
        var pool = Executors.newFixedThreadPool(actions.length);
        var start = new CountDownLatch(1);
        try {
            var futures = java.util.Arrays.stream(actions).map(action -> pool.submit(() -> {
                start.await();
                return action.call();
            })).toList();
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private int registrationsOf(SignupForm parent) {
        return jdbc.queryForObject("select count(*) from registration r join participant p on p.id = r.participant_id "
                + "where p.email = ?", Integer.class, parent.getEmail());
    }

    private String confirmToken(SignupForm parent) {
        return nl.groepskracht.support.Links.confirmToken(jdbc, parent.getEmail());
    }
}
