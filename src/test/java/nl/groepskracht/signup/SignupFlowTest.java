package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
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

/** A parent's way from the form to a place (or the waiting list), with the e-mails they really get. */
@SmtpAndClockTest
class SignupFlowTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MockMvc mvc;
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
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.groepskracht.calendar.SessionReminders reminders;
    @Autowired
    PendingExpiry expiry;
    @Autowired
    nl.groepskracht.attendance.AttendanceService attendance;

    Professional fatima;
    long groupId;
    List<SessionInfo> sessions;

    @BeforeEach
    void openGroupWithTwoPlaces() {
        dispatcher.dispatchDue();
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        GroupDraft draft = Fixtures.group(directory, "echtscheiding", Set.of());
        draft.setCapacity(2);
        groupId = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(4), 3)));
        as(fatima, () -> groups.open(groupId));
        sessions = as(fatima, () -> schedule.sessions(groupId));
    }

    @Test
    void opening_the_link_never_confirms_the_button_does_and_brings_an_invite_for_every_coming_session()
            throws Exception {
        SignupForm amina = Parents.form("Amina");
        signups.signUp(groupId, amina);
        dispatcher.dispatchDue();
        String token = Parents.confirmToken(text(only(amina.getEmail())));

        String page = mvc.perform(get("/aanmelding/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Bevestig aanmelding");
        assertThat(statusOf(amina)).isEqualTo("PENDING");
        mvc.perform(post("/aanmelding/" + token)).andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/aanmelding/" + token));
        assertThat(statusOf(amina)).isEqualTo("PENDING");

        mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh())).andExpect(status().isOk());
        assertThat(statusOf(amina)).isEqualTo("CONFIRMED");
        assertThat(mvc.perform(get("/aanmelding/" + token)).andReturn().getResponse().getContentAsString())
                .contains("U bent aangemeld");

        dispatcher.dispatchDue();
        List<MimeMessage> received = Mails.to(smtp.getReceivedMessages(), amina.getEmail());
        assertThat(received).as("one e-mail to confirm, one that says she has a place: nothing more").hasSize(2);
        MimeMessage placed = received.get(1);
        assertThat(placed.getSubject()).isEqualTo("Groepskracht: u bent aangemeld");
        String ics = Mails.calendarParts(placed).getFirst().ics();
        CalendarClients.assertValid(ics);
        assertThat(Mails.property(ics, "METHOD")).isEqualTo("REQUEST");
        assertThat(Mails.property(ics, "UID")).matches("[A-Za-z0-9_-]{43}@groepskracht.local");
        assertThat(Mails.property(ics, "SUMMARY")).as("neutral for a parent, naming only the place")
                .isEqualTo("Groepsbijeenkomst · Buurthuis");
        assertThat(CalendarClients.occurrences(ics)).containsExactlyElementsOf(sessions.stream()
                .map(s -> s.start().toInstant()).toList());
    }

    @Test
    void a_full_group_waitlists_in_order_and_a_cancellation_moves_the_first_up_with_invites() throws Exception {
        List<SignupForm> parents = List.of(Parents.form("Ayse"), Parents.form("Bram"), Parents.form("Chen"),
                Parents.form("Dewi"));
        for (SignupForm parent : parents) {
            signups.signUp(groupId, parent);
            dispatcher.dispatchDue();
            ConfirmOutcome outcome = signups.confirm(Parents.confirmToken(text(only(parent.getEmail())))).orElseThrow();
            assertThat(outcome.expired()).isFalse();
        }
        assertThat(parents.stream().map(this::statusOf)).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED",
                "WAITLISTED");
        dispatcher.dispatchDue();
        String ayseLink = Parents.personalToken(text(Mails.to(smtp.getReceivedMessages(), parents.get(0).getEmail())
                .get(1)));
        String dewiLink = Parents.personalToken(text(Mails.to(smtp.getReceivedMessages(), parents.get(3).getEmail())
                .get(1)));
        assertThat(page.mine(dewiLink)).singleElement().satisfies(r -> assertThat(r.waitlistPosition()).isEqualTo(2));

        long ayseRegistration = page.mine(ayseLink).getFirst().id();
        assertThat(mvc.perform(get("/mijn/" + ayseLink + "/" + ayseRegistration + "/annuleren")).andReturn()
                .getResponse().getContentAsString()).as("signing off asks once more")
                .contains("Wilt u zich afmelden voor", "De groep gaat door zonder u");
        assertThat(statusOf(parents.get(0))).isEqualTo("CONFIRMED");
        mvc.perform(post("/mijn/" + ayseLink + "/" + ayseRegistration + "/annuleren").with(csrf()).with(Clients.fresh()))
                .andExpect(status().is3xxRedirection());
        dispatcher.dispatchDue();

        assertThat(parents.stream().map(this::statusOf)).containsExactly("CANCELLED", "CONFIRMED", "CONFIRMED",
                "WAITLISTED");
        assertThat(page.mine(dewiLink).getFirst().waitlistPosition()).isEqualTo(1);
        List<MimeMessage> toAyse = Mails.to(smtp.getReceivedMessages(), parents.get(0).getEmail());
        assertThat(toAyse).as("confirm, place, signed off").hasSize(3);
        MimeMessage signedOff = toAyse.get(2);
        assertThat(signedOff.getSubject()).isEqualTo("Groepskracht: u bent afgemeld");
        assertThat(Mails.text(signedOff)).contains("De groep gaat door zonder u").doesNotContain("gaat niet door");
        assertThat(Mails.calendarParts(signedOff).getFirst().contentType()).contains("method=CANCEL");
        List<MimeMessage> toChen = Mails.to(smtp.getReceivedMessages(), parents.get(2).getEmail());
        MimeMessage promoted = toChen.getLast();
        assertThat(promoted.getSubject()).isEqualTo("Groepskracht: er is een plaats voor u");
        assertThat(CalendarClients.occurrences(Mails.calendarParts(promoted).getFirst().ics())).hasSize(3);
        assertThat(toChen).as("confirm, waiting list, place").hasSize(3);
    }

    @Test
    void more_places_move_the_waiting_list_up_and_fewer_than_taken_is_refused() {
        List<SignupForm> parents = List.of(Parents.form("Eva"), Parents.form("Fenna"), Parents.form("Gijs"));
        parents.forEach(parent -> confirmDirectly(parent));
        assertThat(statusOf(parents.get(2))).isEqualTo("WAITLISTED");

        GroupDraft change = as(fatima, () -> groups.get(groupId)).toDraft();
        change.setCapacity(1);
        assertThatThrownBy(() -> as(fatima, () -> groups.update(groupId, change)))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        change.setCapacity(3);
        as(fatima, () -> groups.update(groupId, change));
        assertThat(statusOf(parents.get(2))).isEqualTo("CONFIRMED");
    }

    @Test
    void after_confirming_the_page_shows_the_dates_the_address_and_a_working_link_to_my_sign_ups()
            throws Exception {
        SignupForm parent = Parents.form("Ilse");
        signups.signUp(groupId, parent);
        dispatcher.dispatchDue();
        String token = Parents.confirmToken(text(only(parent.getEmail())));

        var answer = mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh()))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        String confirmed = answer.getContentAsString();
        assertThat(confirmed).contains("U bent aangemeld", "Buurthuis, Teststraat 1, Utrecht");
        var dates = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
                java.util.Locale.forLanguageTag("nl"));
        for (SessionInfo session : sessions) {
            assertThat(confirmed).contains(dates.format(session.start()));
        }
        var link = java.util.regex.Pattern.compile("href=\"/mijn/([A-Za-z0-9_-]{43})\"").matcher(confirmed);
        assertThat(link.find()).as("a link to Mijn aanmeldingen").isTrue();
        assertThat(mvc.perform(get("/mijn/" + link.group(1))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Mijn aanmeldingen", groups.ref(groupId).name());

        // the old confirm link, or a second click, makes no new personal link
        mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh()))
                .andExpect(status().isFound()).andExpect(header().string("Location", "/aanmelding/" + token));
        assertThat(mvc.perform(get("/aanmelding/" + token)).andReturn().getResponse().getContentAsString())
                .contains("U bent aangemeld", "href=\"/mijn\"").doesNotContainPattern("/mijn/[A-Za-z0-9_-]{43}");
    }

    @Test
    void a_group_whose_last_session_has_passed_leaves_the_offer_and_takes_no_sign_ups() throws Exception {
        assertThat(offered()).contains(groupId);
        Duration ahead = Duration.between(clock.instant(), sessions.getLast().end().toInstant()).plusMinutes(1);
        Duration nextDay = Duration.between(sessions.getLast().end().toInstant(),
                sessions.getLast().start().toLocalDate().plusDays(1).atStartOfDay(nl.groepskracht.base.AppZone.ID)
                        .toInstant());
        clock.advance(ahead);
        try {
            assertThat(mvc.perform(get("/aanbod/" + groupId)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString()).contains("Deze groep heeft geen bijeenkomsten meer gepland").doesNotContain("name=\"email\"");
            SignupForm late = Parents.form("Quinten");
            assertThatThrownBy(() -> signups.signUp(groupId, late)).isInstanceOf(FieldValidationException.class)
                    .hasMessageContaining("signup.group.over");
            clock.advance(nextDay);
            try {
                assertThat(offered()).as("from the next day on the offer no longer lists it").doesNotContain(groupId);
            } finally {
                clock.advance(nextDay.negated());
            }
        } finally {
            clock.advance(ahead.negated());
        }
    }

    @Test
    void a_sign_up_not_confirmed_within_48_hours_expires_and_takes_no_place() {
        SignupForm late = Parents.form("Hanna");
        signups.signUp(groupId, late);
        dispatcher.dispatchDue();
        String token = Parents.confirmToken(text(only(late.getEmail())));
        clock.advance(Duration.ofHours(49));
        try {
            assertThat(signups.confirm(token).orElseThrow().expired()).isTrue();
            assertThat(statusOf(late)).isEqualTo("PENDING");
        } finally {
            clock.advance(Duration.ofHours(-49));
        }
    }

    @Test
    void a_changed_session_reaches_confirmed_parents_as_an_update_of_the_same_event() throws Exception {
        SignupForm parent = Parents.form("Ilse");
        confirmDirectly(parent);
        SessionInfo first = sessions.getFirst();
        as(fatima, () -> schedule.update(first.id(), Fixtures.session(first.start().toLocalDate(),
                java.time.LocalTime.of(20, 0), java.time.LocalTime.of(21, 30))));
        dispatcher.dispatchDue();
        List<MimeMessage> toParent = Mails.to(smtp.getReceivedMessages(), parent.getEmail());
        String joined = Mails.calendarParts(toParent.get(1)).getFirst().ics();
        String update = Mails.calendarParts(toParent.getLast()).getFirst().ics();
        assertThat(toParent).as("confirm, place, one message about the change").hasSize(3);
        assertThat(Mails.property(update, "UID")).isEqualTo(Mails.property(joined, "UID"));
        assertThat(Integer.parseInt(Mails.property(update, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(Mails.property(joined, "SEQUENCE")));
        assertThat(CalendarClients.occurrences(update)).contains(first.start().toLocalDate().atTime(20, 0)
                .atZone(nl.groepskracht.base.AppZone.ID).toInstant());
    }

    @Test
    void signing_up_again_with_the_same_address_sends_the_mail_again_instead_of_a_second_sign_up() {
        SignupForm parent = Parents.form("Jasmijn");
        signups.signUp(groupId, parent);
        signups.signUp(groupId, parent);
        clock.advance(Duration.ofMinutes(2));
        signups.signUp(groupId, parent);
        dispatcher.dispatchDue();
        assertThat(jdbc.queryForObject("select count(*) from registration r join participant p on p.id = "
                + "r.participant_id where p.email = ?", Integer.class, parent.getEmail())).isEqualTo(1);
        List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), parent.getEmail());
        assertThat(mails).hasSize(2);
        String first = Parents.confirmToken(text(mails.get(0)));
        String again = Parents.confirmToken(text(mails.get(1)));
        assertThat(again).as("each mail carries a link of its own").isNotEqualTo(first);
        assertThat(signups.pending(again)).isPresent();
        assertThat(signups.confirm(first).orElseThrow().status()).as("the earlier link still works")
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void a_parent_downloads_their_data_and_deleting_it_cancels_anonymises_and_kills_the_link() throws Exception {
        SignupForm parent = Parents.form("Karim");
        parent.setPhone("06 11122233");
        confirmDirectly(parent);
        SignupForm waiting = Parents.form("Lotte");
        confirmDirectly(Parents.form("Mo"));
        confirmDirectly(waiting);
        assertThat(statusOf(waiting)).isEqualTo("WAITLISTED");
        dispatcher.dispatchDue();
        String link = Parents.personalToken(text(Mails.to(smtp.getReceivedMessages(), parent.getEmail()).stream()
                .filter(m -> subject(m).contains("aangemeld")).findFirst().orElseThrow()));

        String json = mvc.perform(get("/mijn/" + link + "/gegevens.json")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(json).contains(parent.getEmail(), "06 11122233", "CONFIRMED", SignupService.CONSENT_VERSION);

        mvc.perform(post("/mijn/" + link + "/verwijderen").with(csrf()).with(Clients.fresh())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from participant where email = ? or phone = ?", Integer.class,
                parent.getEmail(), "06 11122233")).isZero();
        assertThat(statusOf(waiting)).isEqualTo("CONFIRMED");
        mvc.perform(get("/mijn/" + link + "/gegevens.json")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/mijn/" + link)).andReturn().getResponse().getContentAsString())
                .contains("Er zijn geen aanmeldingen bij deze link.");
        assertThat(jdbc.queryForObject("select count(*) from registration where group_id = ? and status = 'CANCELLED'",
                Integer.class, groupId)).isEqualTo(1);
    }

    @Test
    void each_confirmed_parent_and_facilitator_gets_one_reminder_even_when_the_job_runs_twice_at_once()
            throws Exception {
        SignupForm parent = Parents.form("Noor");
        confirmDirectly(parent);
        dispatcher.dispatchDue();
        // twenty hours before the first session: its reminders are due, those of later sessions not
        Duration ahead = Duration.between(clock.instant(), sessions.getFirst().start().toInstant().minusSeconds(20 * 3600));
        clock.advance(ahead);
        try {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            var first = pool.submit(reminders::sendDue);
            var second = pool.submit(reminders::sendDue);
            int written = first.get() + second.get();
            pool.shutdown();
            reminders.sendDue();
            dispatcher.dispatchDue();
            assertThat(written).isGreaterThanOrEqualTo(2);
            // (GreenMail lists messages per mailbox, not in arrival order: filter, do not skip)
            List<MimeMessage> reminderMails = java.util.Arrays.stream(Mails.settled(smtp))
                    .filter(m -> subject(m).startsWith("Herinnering")).toList();
            assertThat(Mails.to(reminderMails.toArray(MimeMessage[]::new), parent.getEmail())).hasSize(1);
            assertThat(Mails.to(reminderMails.toArray(MimeMessage[]::new), fatima.email())).hasSize(1);
        } finally {
            clock.advance(ahead.negated());
        }
    }

    @Test
    void an_unconfirmed_sign_up_is_ended_after_48_hours_by_the_expiry_job() {
        SignupForm late = Parents.form("Olga");
        signups.signUp(groupId, late);
        expiry.expire();
        assertThat(statusOf(late)).isEqualTo("PENDING");
        clock.advance(Duration.ofHours(49));
        try {
            expiry.expire();
            assertThat(statusOf(late)).isEqualTo("CANCELLED");
        } finally {
            clock.advance(Duration.ofHours(-49));
        }
    }

    @Test
    void a_parent_who_cannot_come_once_is_shown_as_excused_on_the_facilitators_sheet() throws Exception {
        SignupForm parent = Parents.form("Petra");
        confirmDirectly(parent);
        dispatcher.dispatchDue();
        String link = Parents.personalToken(text(Mails.to(smtp.getReceivedMessages(), parent.getEmail()).stream()
                .filter(m -> subject(m).contains("aangemeld")).findFirst().orElseThrow()));
        MyRegistration mine = page.mine(link).getFirst();
        assertThat(mine.coming()).hasSize(3).noneMatch(ComingSession::excused);
        long first = mine.coming().getFirst().sessionId();

        mvc.perform(post("/mijn/" + "x".repeat(43) + "/" + mine.id() + "/sessies/" + first + "/afmelden").with(csrf()).with(Clients.fresh()))
                .andExpect(status().is3xxRedirection());
        assertThat(page.mine(link).getFirst().coming()).noneMatch(ComingSession::excused);
        mvc.perform(post("/mijn/" + link + "/" + mine.id() + "/sessies/" + first + "/afmelden").with(csrf()).with(Clients.fresh()))
                .andExpect(status().is3xxRedirection());

        assertThat(page.mine(link).getFirst().coming().getFirst().excused()).isTrue();
        assertThat(mvc.perform(get("/mijn/" + link)).andReturn().getResponse().getContentAsString())
                .contains("U heeft zich afgemeld");
        var sheet = as(fatima, () -> attendance.sheet(first));
        assertThat(sheet.lines()).singleElement().satisfies(line -> assertThat(line.status())
                .isEqualTo(nl.groepskracht.attendance.AttendanceStatus.EXCUSED));
    }

    private List<Long> offered() {
        return groups.openGroups(null, null, 0, 10_000).map(nl.groepskracht.group.GroupDetails::id).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void confirmDirectly(SignupForm parent) {
        signups.signUp(groupId, parent);
        signups.confirm(nl.groepskracht.support.Links.confirmToken(jdbc, parent.getEmail()));
    }

    private String statusOf(SignupForm parent) {
        return jdbc.queryForObject("select r.status from registration r join participant p on p.id = r.participant_id "
                + "where p.email = ?", String.class, parent.getEmail());
    }

    private MimeMessage only(String email) {
        List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), email);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }
}
