package nl.groepskracht.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The public offer is plain HTML for anonymous parents, in Dutch or English, without a session. */
@SpringBootTest
@AutoConfigureMockMvc
class OfferControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void an_anonymous_parent_gets_the_dutch_offer_without_a_session_or_javascript() throws Exception {
        MvcResult result = mvc.perform(get("/aanbod"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"nl\" dir=\"ltr\">", "Aanbod voor ouders", "Spelinloop 0-4 jaar",
                "/groepskracht/groepskracht.css");
        assertThat(html).doesNotContain("<script");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void the_english_link_switches_the_language_and_remembers_it_in_a_cookie() throws Exception {
        MvcResult result = mvc.perform(get("/aanbod").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(cookie().value("gk-lang", "en"))
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"en\" dir=\"ltr\">", "Groups for parents");

        String remembered = mvc.perform(get("/aanbod").cookie(new Cookie("gk-lang", "en")))
                .andReturn().getResponse().getContentAsString();
        assertThat(remembered).contains("Groups for parents");
    }

    @Test
    void search_engines_may_show_the_offer_with_its_description_and_nothing_else() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn().getResponse().getContentAsString();
        assertThat(robots).contains("User-agent: *\nAllow: /aanbod\nDisallow: /\n");
        assertThat(mvc.perform(get("/aanbod").param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("<meta name=\"description\" content=\"In your neighbourhood, parents with the same questions");
    }

    @Test
    void health_is_public_and_includes_the_database_but_nothing_else_of_actuator_is() throws Exception {
        String health = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"db\":{\"status\":\"UP\"}");
        mvc.perform(get("/actuator/env")).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isNotEqualTo(200));
    }
}
