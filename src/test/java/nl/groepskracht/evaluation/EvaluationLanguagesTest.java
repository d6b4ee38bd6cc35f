package nl.groepskracht.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A parent who chose Turkish or Arabic on the sign-up form is invited to evaluate in that language, and the
 * form the mail leads to — its errors too, after the redirect of a refused submit — speaks it; Arabic right to
 * left, the group's own name marked as the facilitator's Dutch.
 */
@SmtpAndClockTest
class EvaluationLanguagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    FinishedGroup finished;
    @Autowired
    EvaluationInvitations invitations;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tr", "ar"})
    void a_parent_who_chose_turkish_or_arabic_is_invited_and_asked_in_that_language(String tag) throws Exception {
        Locale language = Locale.of(tag);
        var group = finished.plan();
        var parent = finished.form("Invuller", tag);
        finished.attended(group.sessions().get(0), finished.parent(group.groupId(), parent), "PRESENT");
        finished.over(group);
        invitations.inviteDue();
        assertThat(finished.evaluationMails(parent.getEmail()))
                .containsExactly(text("evaluation.mail.invite.subject", language));
        String token = finished.token(parent.getEmail());
        String mailed = jdbc.queryForObject("SELECT body_text FROM outbox_mail WHERE recipient = ? AND body_text"
                + " LIKE '%/evaluatie/%'", String.class, parent.getEmail());
        assertThat(mailed).contains("/evaluatie/" + token + "?lang=" + tag);

        MvcResult opened = mvc.perform(get("/evaluatie/" + token).param("lang", tag)).andReturn();
        Document form = page(opened);
        assertThat(form.select("html").attr("lang")).isEqualTo(tag);
        assertThat(form.select("html").attr("dir")).isEqualTo("ar".equals(tag) ? "rtl" : "ltr");
        assertThat(form.select("h1").text()).isEqualTo(text("evaluation.form.title", language));
        assertThat(form.select("#group-name").attr("lang")).as("the group's name is the facilitator's Dutch")
                .isEqualTo("nl");

        Cookie chosen = opened.getResponse().getCookie("gk-lang");
        String location = mvc.perform(post("/evaluatie/" + token).with(csrf()).with(Clients.fresh()).cookie(chosen)
                .param("usefulness", "2")).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        Document again = page(mvc.perform(get(location.substring(0, location.indexOf('#'))).cookie(chosen))
                .andReturn());
        assertThat(again.select("#errors h2").text()).isEqualTo(text("signup.errors", language));
        assertThat(again.select("#goalReached-error").text()).isEqualTo(text("evaluation.scale.required", language));
        assertThat(again.select("#usefulness input[value=2]").hasAttr("checked")).isTrue();
    }

    private String text(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
