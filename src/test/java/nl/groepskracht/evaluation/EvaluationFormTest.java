package nl.groepskracht.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.groepskracht.base.web.StaleForm;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The parent's form: bad input gets a message at its field and stores nothing, what was chosen stays;
 * a good answer is stored once; a used, expired or wrong link shows one neutral page.
 */
@SmtpAndClockTest
class EvaluationFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FinishedGroup finished;
    @Autowired
    EvaluationInvitations invitations;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    long groupId;
    String token;

    static EvaluationForm valid() {
        var form = new EvaluationForm();
        form.setUsefulness("5");
        form.setGoalReached("4");
        form.setSupport("4");
        form.setRecommend("5");
        form.setMoreHelp("NO");
        form.setMostValuable("Horen dat anderen hetzelfde meemaken.");
        return form;
    }

    @BeforeEach
    void invited() {
        var group = finished.plan();
        groupId = group.groupId();
        var parent = finished.form("Invuller", "nl");
        finished.attended(group.sessions().get(0), finished.parent(groupId, parent), "PRESENT");
        finished.over(group);
        invitations.inviteDue();
        token = finished.token(parent.getEmail());
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void the_form_names_the_group_and_asks_every_statement_with_words_at_both_ends() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/evaluatie/" + token)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Hoe was de groep?");
        assertThat(page.select("legend").eachText()).contains("Ik had iets aan deze groep.",
                "Ik weet nu beter hoe ik met mijn vraag omga.", "Ik voel me gesteund door andere ouders.",
                "Ik heb na deze groep nog andere hulp nodig.");
        assertThat(page.select("#usefulness input[type=radio]")).hasSize(5);
        assertThat(page.select("#usefulness label").first().text()).contains("1", "helemaal mee oneens");
        assertThat(page.select("#usefulness label").last().text()).contains("5", "helemaal mee eens");
        assertThat(page.select("form").attr("action")).isEqualTo("/evaluatie/" + token);
    }

    @Test
    void bad_input_gets_messages_at_the_fields_keeps_what_was_chosen_and_stores_nothing() throws Exception {
        Map<String, Map<String, String>> corpus = Map.of(
                "missing answers", Map.of(),
                "out of range", Map.of("usefulness", "6", "goalReached", "0", "support", "-1", "recommend", "3",
                        "moreHelp", "MAYBE"),
                "not a number", Map.of("usefulness", "abc", "goalReached", "4", "support", "4", "recommend", "4",
                        "moreHelp", "NO"),
                "overlong text", Map.of("usefulness", "4", "goalReached", "4", "support", "4", "recommend", "4",
                        "moreHelp", "NO", "mostValuable", "x".repeat(1001)),
                "script", Map.of("usefulness", "4", "goalReached", "4", "support", "4", "recommend", "4",
                        "moreHelp", "NO", "couldBeBetter", "<script>alert(1)</script>"));
        for (var entry : corpus.entrySet()) {
            var request = post("/evaluatie/" + token).with(csrf()).with(fresh());
            entry.getValue().forEach(request::param);
            Document page = afterRedirect(request);
            assertThat(page.select("#errors li")).as(entry.getKey()).isNotEmpty();
            assertThat(page.select(".gk-field-error")).as(entry.getKey()).isNotEmpty();
            assertThat(page.select("script")).as(entry.getKey()).isEmpty();
        }
        assertThat(answers()).isZero();

        var partly = post("/evaluatie/" + token).with(csrf()).with(fresh()).param("usefulness", "4").param("moreHelp", "UNSURE")
                .param("mostValuable", "De gesprekken");
        Document page = afterRedirect(partly);
        assertThat(page.select("#usefulness input[value=4]").hasAttr("checked")).isTrue();
        assertThat(page.select("#moreHelp input[value=UNSURE]").hasAttr("checked")).isTrue();
        assertThat(page.select("#mostValuable").text()).isEqualTo("De gesprekken");
        assertThat(page.select("#goalReached-error").text()).isEqualTo("Kies een cijfer van 1 tot en met 5.");
        assertThat(page.select("#errors a").eachAttr("href")).as("in the order of the page")
                .containsExactly("#goalReached1", "#support1", "#recommend1");
        assertThat(page.select("#errors a[href=#goalReached1]").text())
                .isEqualTo("Ik weet nu beter hoe ik met mijn vraag omga. Kies een cijfer van 1 tot en met 5.");
        assertThat(answers()).isZero();
    }

    @Test
    void an_answer_is_stored_once_and_the_used_link_shows_the_neutral_page() throws Exception {
        mvc.perform(filled(post("/evaluatie/" + token).with(csrf()).with(fresh()))).andExpect(redirectedUrl("/evaluatie/bedankt#main"));
        assertThat(answers()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT usefulness, goal_reached, support, recommend, more_help, most_valuable,"
                + " could_be_better FROM evaluation_answer WHERE group_id = ?", groupId))
                .containsEntry("usefulness", 5).containsEntry("more_help", "NO").containsEntry("could_be_better", null);

        String again = mvc.perform(filled(post("/evaluatie/" + token).with(csrf()).with(fresh()))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(again).select("h1").text()).isEqualTo("Deze vragenlijst is niet open");
        mvc.perform(get("/evaluatie/" + token)).andExpect(status().isNotFound());
        assertThat(answers()).isEqualTo(1);
    }

    @Test
    void two_clicks_at_the_same_moment_store_one_answer() throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Callable<Integer> click = () -> {
            start.await();
            return mvc.perform(filled(post("/evaluatie/" + token).with(csrf()).with(fresh()))).andReturn().getResponse()
                    .getStatus();
        };
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(click);
            var second = pool.submit(click);
            start.countDown();
            assertThat(java.util.List.of(first.get(), second.get())).containsExactlyInAnyOrder(302, 404);
        }
        assertThat(answers()).isEqualTo(1);

    }

    @Test
    void a_wrong_or_expired_link_shows_the_same_neutral_page_and_stores_nothing() throws Exception {
        for (String wrong : new String[] {"x".repeat(43), "kort", token.substring(1) + "A"}) {
            mvc.perform(get("/evaluatie/" + wrong)).andExpect(status().isNotFound());
            mvc.perform(filled(post("/evaluatie/" + wrong).with(csrf()).with(fresh()))).andExpect(status().isNotFound());
        }
        clock.advance(Duration.ofDays(29));
        String expired = mvc.perform(get("/evaluatie/" + token)).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(expired).select("h1").text()).isEqualTo("Deze vragenlijst is niet open");
        mvc.perform(filled(post("/evaluatie/" + token).with(csrf()).with(fresh()))).andExpect(status().isNotFound());
        assertThat(answers()).isZero();
    }

    @Test
    void an_old_form_comes_back_with_what_was_chosen_and_stores_nothing() throws Exception {
        mvc.perform(filled(post("/evaluatie/" + token).with(fresh()))).andExpect(forwardedUrl("/evaluatie/" + token));
        assertThat(answers()).isZero();
        // what the forward shows (MockMvc does not follow forwards)
        var stale = filled(post("/evaluatie/" + token).with(csrf()).with(fresh()).requestAttr(StaleForm.ATTRIBUTE, Boolean.TRUE));
        Document page = afterRedirect(stale);
        assertThat(page.select("#errors").text()).contains("verlopen");
        assertThat(page.select("#usefulness input[value=5]").hasAttr("checked")).isTrue();
        assertThat(answers()).isZero();
    }

    @Test
    void a_refused_submit_redirects_to_the_form_so_back_and_reload_never_send_it_again() throws Exception {
        var partly = post("/evaluatie/" + token).with(csrf()).with(fresh()).param("usefulness", "2")
                .param("mostValuable", "Het koffiemoment");
        String location = mvc.perform(partly).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String retry = location.substring(location.indexOf("opnieuw=") + 8, location.indexOf('#'));
        for (int reload = 0; reload < 2; reload++) {
            Document page = Jsoup.parse(mvc.perform(get("/evaluatie/" + token).param("opnieuw", retry))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("#errors li")).as("reload %d", reload).hasSize(4);
            assertThat(page.select("#usefulness input[value=2]").hasAttr("checked")).isTrue();
            assertThat(page.select("#mostValuable").text()).isEqualTo("Het koffiemoment");
            assertThat(page.select("input[name=opnieuw]").val()).isEqualTo(retry);
        }
        assertThat(answers()).isZero();

        mvc.perform(filled(post("/evaluatie/" + token).with(csrf()).with(fresh())).param("opnieuw", retry))
                .andExpect(redirectedUrl("/evaluatie/bedankt#main"));
        assertThat(answers()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_retry WHERE id = UNHEX(?)", Integer.class, retry))
                .as("what the failed submit held is gone once the form is sent").isZero();
    }

    @Test
    void the_form_and_its_pages_speak_english_when_asked() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/evaluatie/" + token).param("lang", "en")).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("How was the group?");
        assertThat(page.select("#usefulness label").last().text()).contains("strongly agree");
    }

    @Test
    void a_flood_of_posts_from_one_client_gets_the_polite_too_many_page_until_a_minute_has_passed() throws Exception {
        var client = fresh();
        for (int i = 0; i < 10; i++) {
            assertThat(emptyPost(client).getStatus()).as("post %d of the minute reaches the form", i + 1)
                    .isEqualTo(302);
        }
        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse refused = emptyPost(client);
            assertThat(refused.getStatus()).as("post %d of the minute", 11 + i).isEqualTo(429);
            assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
            assertThat(refused.getForwardedUrl()).as("the polite page").isEqualTo("/aanbod/te-veel");
        }
        assertThat(emptyPost(fresh()).getStatus()).as("another parent meanwhile").isEqualTo(302);
        clock.advance(Duration.ofMinutes(1));
        assertThat(emptyPost(client).getStatus()).as("the same client a minute later").isEqualTo(302);
        assertThat(answers()).isZero();
    }

    private MockHttpServletResponse emptyPost(RequestPostProcessor client) throws Exception {
        return mvc.perform(post("/evaluatie/" + token).with(csrf()).with(client)).andReturn().getResponse();
    }

    /** Every test's posts come from a client of their own (the public forms are rate-limited per client). */
    private static RequestPostProcessor fresh() {
        int n = CLIENTS.incrementAndGet();
        String address = "10.77." + n / 250 + "." + n % 250;
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A refused submit answers with a redirect to the form (Post/Redirect/Get): the page it leads to. */
    private Document afterRedirect(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/evaluatie/" + token + "?opnieuw=").endsWith("#errors");
        return Jsoup.parse(mvc.perform(get(location.substring(0, location.indexOf('#')))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
        return request.param("usefulness", "5").param("goalReached", "4").param("support", "4").param("recommend", "5")
                .param("moreHelp", "NO").param("mostValuable", "Horen dat anderen hetzelfde meemaken.");
    }

    private long answers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_answer WHERE group_id = ?", Long.class, groupId);
    }
}
