package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalTime;
import java.util.Locale;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A parent reads the pages in their own language: every link in their e-mails opens in the language they
 * chose (without relying on a cookie), a page opened without a choice follows the browser, Arabic reads
 * right to left, and the group's own Dutch texts are marked as Dutch.
 */
@SmtpAndClockTest
class ParentLanguagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParentWorld world;
    @Autowired
    ScheduleService schedule;

    long groupId;

    @BeforeEach
    void openGroup() {
        groupId = world.openGroup("Buurthuis De Dreef, Dreef 12, Utrecht", 10);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "tr", "ar"})
    void every_link_in_a_parents_mails_opens_in_the_language_they_chose(String language) throws Exception {
        SignupForm parent = world.signUp(groupId, "Ouder", language);
        String confirm = ParentWorld.link(world.last(parent.getEmail()), "aanmelding");
        Document confirmPage = page(mvc.perform(get(confirm)).andReturn());
        assertThat(confirmPage.select("html").attr("lang")).isEqualTo(language);
        assertThat(confirmPage.select("h1").text()).isEqualTo(world.text("confirm.title", language));

        // the button's answer, in a browser that kept the cookie the link set
        MvcResult answer = mvc.perform(post(confirm.substring(0, confirm.indexOf('?'))).with(csrf())
                .with(Clients.fresh()).cookie(ParentWorld.languageCookie(mvc.perform(get(confirm)).andReturn())))
                .andReturn();
        assertThat(page(answer).select("#outcome").text()).isEqualTo(world.text("confirm.confirmed.title", language));

        String mine = ParentWorld.link(world.last(parent.getEmail()), "mijn");
        assertThat(mine).endsWith("?lang=" + language);
        Document minePage = page(mvc.perform(get(mine)).andReturn());
        assertThat(minePage.select("html").attr("lang")).isEqualTo(language);
        assertThat(minePage.select("h1").text()).isEqualTo(world.text("mine.title", language));
        assertThat(minePage.select(".gk-card strong").first().text())
                .isEqualTo(world.text("mine.status.CONFIRMED", language));

        String token = mine.substring("/mijn/".length(), mine.indexOf('?'));
        Cookie chosen = new Cookie("gk-lang", language);
        Document data = page(mvc.perform(get("/mijn/" + token + "/gegevens").cookie(chosen)).andReturn());
        assertThat(data.select("h1").text()).isEqualTo(world.text("export.title", language));
        assertThat(data.select("dd").first().text()).isEqualTo(world.text("mine.status.CONFIRMED", language));
        String json = mvc.perform(get("/mijn/" + token + "/gegevens.json").cookie(chosen)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"label\":\"" + world.text("mine.status.CONFIRMED", language) + "\"",
                "\"label\":\"" + nl.groepskracht.base.i18n.ParentLanguages.ownName(Locale.of(language)) + "\"");

        // a changed session: the calendar module's mail also leads to the page in the parent's language
        SessionInfo first = as(world.facilitator(), () -> schedule.sessions(groupId)).getFirst();
        as(world.facilitator(), () -> schedule.update(first.id(), Fixtures.session(first.start().toLocalDate(),
                LocalTime.of(20, 0), LocalTime.of(21, 30))));
        String fromCalendarMail = ParentWorld.link(world.last(parent.getEmail()), "mijn");
        assertThat(page(mvc.perform(get(fromCalendarMail)).andReturn()).select("html").attr("lang"))
                .isEqualTo(language);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"ar-MA,ar;q=0.9,fr;q=0.5|ar", "tr-TR|tr", "de-DE,en;q=0.7|en",
            "fr-FR,fr;q=0.9|nl", "nl-BE,nl|nl", "en-GB;q=0.3,tr;q=0.8|tr", ";;;q=x|nl"})
    void a_page_opened_without_a_choice_follows_the_browsers_languages(String accepted, String expected)
            throws Exception {
        Document offer = page(mvc.perform(get("/aanbod").header("Accept-Language", accepted)).andReturn());
        assertThat(offer.select("html").attr("lang")).isEqualTo(expected);
        assertThat(offer.select("h1").text()).isEqualTo(world.text("offer.title", expected));
    }

    @Test
    void a_choice_beats_the_browser_and_a_language_no_longer_offered_is_ignored() throws Exception {
        Document remembered = page(mvc.perform(get("/aanbod").header("Accept-Language", "ar")
                .cookie(new Cookie("gk-lang", "tr"))).andReturn());
        assertThat(remembered.select("html").attr("lang")).isEqualTo("tr");
        MvcResult linked = mvc.perform(get("/aanbod").param("lang", "en").cookie(new Cookie("gk-lang", "tr")))
                .andReturn();
        assertThat(page(linked).select("html").attr("lang")).isEqualTo("en");
        assertThat(ParentWorld.languageCookie(linked).getValue()).isEqualTo("en");
        MvcResult unknown = mvc.perform(get("/aanbod").param("lang", "xx").cookie(new Cookie("gk-lang", "de")))
                .andReturn();
        assertThat(page(unknown).select("html").attr("lang")).isEqualTo("nl");
        assertThat(ParentWorld.languageCookie(unknown)).as("an unknown language is not remembered").isNull();
    }

    @Test
    void the_language_switch_names_every_language_in_its_own_words_and_keeps_the_page() throws Exception {
        Document offer = page(mvc.perform(get("/aanbod?wijk=1&lang=tr")).andReturn());
        var links = offer.select("nav.gk-lang a");
        assertThat(links.eachText()).containsExactly("Nederlands", "English", "Türkçe", "العربية");
        assertThat(links.eachAttr("lang")).containsExactly("nl", "en", "tr", "ar");
        assertThat(links.eachAttr("href")).containsExactly("?wijk=1&lang=nl", "?wijk=1&lang=en", "?wijk=1&lang=tr",
                "?wijk=1&lang=ar");
        assertThat(offer.select("nav.gk-lang a[aria-current=true]").text()).isEqualTo("Türkçe");
        assertThat(offer.select("nav.gk-lang").attr("aria-label")).isEqualTo(world.text("language.choose", "tr"));
    }

    @Test
    void arabic_reads_right_to_left_with_addresses_numbers_and_the_groups_dutch_kept_left_to_right()
            throws Exception {
        Document group = page(mvc.perform(get("/aanbod/" + groupId).param("lang", "ar")).andReturn());
        assertThat(group.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(group.select("h1").attr("lang")).as("the group's own name is Dutch").isEqualTo("nl");
        assertThat(group.select("#description").attr("lang")).isEqualTo("nl");
        assertThat(group.select("#description").text()).isEqualTo("Samen praten over de scheiding, acht avonden.");
        assertThat(group.select("#contact a[href^=tel:]").attr("dir")).isEqualTo("ltr");
        assertThat(group.select("#contact a[href^=tel:]").text()).isEqualTo(ParentWorld.PHONE);
        assertThat(group.select("input#email").attr("dir")).isEqualTo("ltr");
        assertThat(group.select("input#phone").attr("dir")).isEqualTo("ltr");
        assertThat(group.select("select#language option[selected]").val()).as("the mails' language follows the page")
                .isEqualTo("ar");
        SessionInfo first = as(world.facilitator(), () -> schedule.sessions(groupId)).getFirst();
        String weekday = first.start().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.of("ar"));
        assertThat(group.select(".gk-dates time").first().text()).as("the date as Arabic writes it")
                .startsWith(weekday + "، ").contains("19:00–\u206020:30");
        assertThat(page(mvc.perform(get("/aanbod/" + groupId).param("lang", "tr")).andReturn()).select("html")
                .attr("dir")).isEqualTo("ltr");
    }

    @Test
    void a_parent_can_choose_turkish_or_arabic_for_the_mails_and_nothing_else() throws Exception {
        Document form = page(mvc.perform(get("/aanbod/" + groupId)).andReturn());
        assertThat(form.select("select#language option").eachAttr("value")).containsExactly("nl", "en", "tr", "ar");
        var refused = post("/aanbod/" + groupId).with(csrf()).with(Clients.fresh()).param("name", "Ouder")
                .param("email", "ouder." + System.nanoTime() + "@ouder.example").param("language", "de")
                .param("consent", "true");
        Document again = page(mvc.perform(refused).andReturn());
        assertThat(again.select("select#language").attr("aria-invalid")).isEqualTo("true");
        assertThat(again.select("#errors").text()).contains(world.text("validation.unknown", "nl"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tr", "ar"})
    void the_forms_errors_speak_the_parents_language(String language) throws Exception {
        var empty = post("/aanbod/" + groupId).with(csrf()).with(Clients.fresh()).cookie(new Cookie("gk-lang", language))
                .param("name", "").param("email", "geen-adres").param("language", language);
        Document page = page(mvc.perform(empty).andReturn());
        assertThat(page.select("html").attr("lang")).isEqualTo(language);
        assertThat(page.select("#errors h3").text()).isEqualTo(world.text("signup.errors", language));
        assertThat(page.select("#name-error").text()).isEqualTo(world.text("signup.name.required", language));
        assertThat(page.select("#email-error").text()).isEqualTo(world.text("validation.email", language));
        assertThat(page.select("#consent-error").text()).isEqualTo(world.text("signup.consent.required", language));
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
