package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page a parent lands on says what happened and offers the way on; nothing big happens on one tap
 * (deleting one's data asks once more), and "ik kan deze keer niet" says it worked and can be taken back
 * until the session starts. "U heeft zich afgemeld" is said only when the parent did it.
 */
@SmtpAndClockTest
class NoDeadEndsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParentWorld world;
    @Autowired
    SignupService signups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    AttendanceService attendance;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    long groupId;

    @BeforeEach
    void openGroup() {
        groupId = world.openGroup("Buurthuis De Dreef, Dreef 12, Utrecht", 5);
    }

    @Test
    void an_unknown_confirm_link_says_so_and_leads_to_the_offer() throws Exception {
        Document page = page("/aanmelding/" + "A".repeat(43));
        assertThat(page.select("h1").text()).isEqualTo("Deze link werkt niet");
        assertThat(page.select("main").text()).contains("Kijk in het aanbod");
        assertThat(page.select("#way-on").attr("href")).isEqualTo("/aanbod");
        assertThat(page.select("main a[href=/mijn]")).isNotEmpty();
    }

    @Test
    void an_expired_confirm_link_leads_back_to_the_groups_page_to_sign_up_again() throws Exception {
        SignupForm parent = world.signUp(groupId, "Laat", "nl");
        String token = Parents.confirmToken(world.last(parent.getEmail()).text());
        clock.advance(Duration.ofHours(49));
        try {
            Document page = page("/aanmelding/" + token);
            assertThat(page.select("h1").text()).isEqualTo("Deze link is verlopen");
            assertThat(page.select("#way-on").attr("href")).isEqualTo("/aanbod/" + groupId);
            assertThat(page.select("#way-on").text()).as("the group's name kept apart from the sentence (bidi isolate)")
                    .startsWith("Opnieuw aanmelden voor \u2068Testgroep");
        } finally {
            clock.advance(Duration.ofHours(-49));
        }
    }

    @Test
    void a_used_confirm_link_does_not_claim_an_email_is_being_sent_now() throws Exception {
        SignupForm parent = world.signUp(groupId, "Tweemaal", "nl");
        String token = Parents.confirmToken(world.last(parent.getEmail()).text());
        Document answer = Jsoup.parse(mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh()))
                .andReturn().getResponse().getContentAsString());
        assertThat(answer.select("#calendar").text()).isEqualTo(world.text("confirm.calendar", "nl"));
        assertThat(answer.select("#contact").text()).contains(ParentWorld.CONTACT, ParentWorld.PHONE);
        int mails = world.mails(parent.getEmail()).size();

        Document later = page("/aanmelding/" + token);
        assertThat(later.select("#outcome").text()).isEqualTo("U bent aangemeld");
        assertThat(later.select("main").text()).doesNotContain("die u nu van ons krijgt", "U krijgt een e-mail");
        assertThat(later.select("#calendar").text()).isEqualTo(world.text("confirm.calendar.earlier", "nl"));
        assertThat(world.mails(parent.getEmail())).as("opening it again sends nothing").hasSize(mails);
    }

    @Test
    void a_confirm_link_of_a_sign_up_that_ended_offers_to_sign_up_again() throws Exception {
        SignupForm parent = world.placed(groupId, "Weg", "nl");
        String confirm = Parents.confirmToken(world.mails(parent.getEmail()).getFirst().text());
        String mine = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        mvc.perform(post("/mijn/" + mine + "/" + registration(mine) + "/annuleren").with(csrf())
                .with(Clients.fresh())).andExpect(redirectedUrl("/mijn/" + mine + "?afgemeld"));
        Document page = page("/aanmelding/" + confirm);
        assertThat(page.select("h1").text()).isEqualTo("Deze aanmelding loopt niet meer");
        assertThat(page.select("#way-on").attr("href")).isEqualTo("/aanbod/" + groupId);
    }

    @Test
    void deleting_ones_data_asks_once_more_naming_every_group_it_signs_off_from() throws Exception {
        long other = world.openGroup("Wijkcentrum Zuilen, Utrecht", 5);
        SignupForm parent = world.placed(groupId, "Karim", "nl");
        signups.signUp(other, parent);
        signups.confirm(Parents.confirmToken(world.last(parent.getEmail()).text()));
        String mine = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));

        Document overview = page("/mijn/" + mine);
        assertThat(overview.select("#delete-data").attr("href")).as("a link to the question, not a button that deletes")
                .isEqualTo("/mijn/" + mine + "/verwijderen");
        Document question = page("/mijn/" + mine + "/verwijderen");
        assertThat(question.select("h1").text()).isEqualTo("Uw gegevens verwijderen?");
        assertThat(question.select("#groups li")).hasSize(2);
        assertThat(question.select("main").text()).contains("U wordt dan afgemeld voor elke groep",
                "Dit kunt u niet terugdraaien");
        assertThat(withAddress(parent)).as("asking deleted nothing").isEqualTo(2);

        mvc.perform(post("/mijn/" + mine + "/verwijderen").with(csrf()).with(Clients.fresh()))
                .andExpect(redirectedUrl("/mijn/verwijderd"));
        assertThat(withAddress(parent)).isZero();
        mvc.perform(get("/mijn/" + mine + "/verwijderen")).andExpect(redirectedUrl("/mijn/" + mine));
        assertThat(page("/mijn/" + mine).select("main").text()).as("the dead link asks nothing, and says so")
                .contains(world.text("mine.none", "nl"));
    }

    @Test
    void cannot_come_says_it_worked_and_can_be_taken_back_until_the_session_starts() throws Exception {
        SignupForm parent = world.placed(groupId, "Lina", "nl");
        String mine = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        long registration = registration(mine);
        SessionInfo first = as(world.facilitator(), () -> schedule.sessions(groupId)).getFirst();
        String session = "/mijn/" + mine + "/" + registration + "/sessies/" + first.id();

        String back = mvc.perform(post(session + "/afmelden").with(csrf()).with(Clients.fresh())).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(back).isEqualTo("/mijn/" + mine + "?niet-komen=" + first.id() + "#sessie-" + first.id());
        Document excused = page(back.substring(0, back.indexOf('#')));
        assertThat(excused.select("#notice").text()).startsWith("U heeft zich afgemeld voor ")
                .contains("kan tot de bijeenkomst begint");
        assertThat(excused.select("#sessie-" + first.id() + " .gk-excused").text()).isEqualTo("U heeft zich afgemeld");
        assertThat(excused.select("#sessie-" + first.id() + " button").text()).isEqualTo("Ik kom toch");
        assertThat(excused.select("#sessie-" + first.id() + " form").attr("action")).isEqualTo(session + "/toch-komen");
        assertThat(page("/mijn/" + mine + "?niet-komen=" + (first.id() + 1)).select("#notice"))
                .as("no notice for a session the parent did not excuse").isEmpty();

        String undone = mvc.perform(post(session + "/toch-komen").with(csrf()).with(Clients.fresh())).andReturn()
                .getResponse().getRedirectedUrl();
        Document coming = page(undone.substring(0, undone.indexOf('#')));
        assertThat(coming.select("#notice").text()).startsWith("Fijn dat u toch komt op ");
        assertThat(coming.select("#sessie-" + first.id() + " button").text()).isEqualTo("Ik kan deze keer niet");
        assertThat(coming.select("#sessie-" + first.id() + " form").attr("action")).isEqualTo(session + "/afmelden");
        assertThat(excusedFor(registration, first.id())).isZero();

        mvc.perform(post(session + "/afmelden").with(csrf()).with(Clients.fresh()));
        Duration started = Duration.between(clock.instant(), first.start().toInstant()).plusMinutes(1);
        clock.advance(started);
        try {
            mvc.perform(post(session + "/toch-komen").with(csrf()).with(Clients.fresh()))
                    .andExpect(redirectedUrl("/mijn/" + mine));
            assertThat(excusedFor(registration, first.id())).as("once it began, it stays as it was").isOne();
        } finally {
            clock.advance(started.negated());
        }
    }

    @Test
    void an_excuse_the_facilitator_recorded_is_not_shown_as_the_parents_and_cannot_be_undone_by_them()
            throws Exception {
        SignupForm parent = world.placed(groupId, "Mo", "nl");
        String mine = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        long registration = registration(mine);
        SessionInfo first = as(world.facilitator(), () -> schedule.sessions(groupId)).getFirst();
        Duration sheetOpens = Duration.between(clock.instant(), first.start().toInstant()).minusMinutes(30);
        clock.advance(sheetOpens);
        try {
            as(world.facilitator(), () -> attendance.mark(first.id(), registration, AttendanceStatus.EXCUSED));
            Document page = page("/mijn/" + mine);
            assertThat(page.select("#sessie-" + first.id() + " .gk-excused").text())
                    .isEqualTo("De begeleider heeft u voor deze keer afgemeld");
            assertThat(page.select("main").text()).doesNotContain("U heeft zich afgemeld");
            assertThat(page.select("#sessie-" + first.id() + " button")).isEmpty();
            mvc.perform(post("/mijn/" + mine + "/" + registration + "/sessies/" + first.id() + "/toch-komen")
                    .with(csrf()).with(Clients.fresh()));
            assertThat(excusedFor(registration, first.id())).isOne();
        } finally {
            clock.advance(sheetOpens.negated());
        }
    }

    @Test
    void the_data_is_a_page_to_read_print_or_save_and_a_file() throws Exception {
        SignupForm parent = world.placed(groupId, "Nora", "nl");
        String mine = ParentWorld.token(ParentWorld.link(world.last(parent.getEmail()), "mijn"));
        Document overview = page("/mijn/" + mine);
        assertThat(overview.select("#data-page").attr("href")).isEqualTo("/mijn/" + mine + "/gegevens");
        assertThat(overview.select("#data-file").text()).startsWith("Download als bestand");
        var result = mvc.perform(get("/mijn/" + mine + "/gegevens")).andReturn();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        Document data = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(data.select("h1").text()).isEqualTo("Wat Groepskracht over u bewaart");
        assertThat(data.select("dd").eachText()).contains("Aangemeld", parent.getName(), parent.getEmail(),
                "06 12345678", "Nederlands");
        assertThat(data.select("main").text()).contains("gegeven op het aanmeldformulier");
        assertThat(data.select("#data-file").attr("href")).isEqualTo("/mijn/" + mine + "/gegevens.json");
        assertThat(mvc.perform(get("/mijn/" + "B".repeat(43) + "/gegevens")).andReturn().getResponse()
                .getRedirectedUrl()).as("a dead link leads to the page that says so").isEqualTo("/mijn/" + "B".repeat(43));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }

    private long registration(String personalToken) throws Exception {
        List<Long> ids = jdbc.queryForList("SELECT registration_id FROM signup_link WHERE token_hash = ?", Long.class,
                (Object) nl.groepskracht.base.SecureTokens.hash(personalToken));
        return ids.getFirst();
    }

    /** How many sign-ups still hold the parent's address. */
    private int withAddress(SignupForm parent) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM participant WHERE email = ?", Integer.class,
                parent.getEmail());
    }

    private int excusedFor(long registration, long session) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM attendance WHERE registration_id = ? AND session_id = ? "
                + "AND status = 'EXCUSED'", Integer.class, registration, session);
    }
}
