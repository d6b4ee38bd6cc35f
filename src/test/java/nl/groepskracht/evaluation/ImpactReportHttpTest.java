package nl.groepskracht.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.groepskracht.security.Role;
import nl.groepskracht.support.PortalSessions;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact report over HTTP, as a browser asks for it: the adviseur gets the page and the PDF, a
 * facilitator and a visitor get neither, and addresses typed by hand with junk in them get a plain
 * "bad request" rather than an error page.
 */
@SmtpAndClockTest
class ImpactReportHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PortalSessions sessions;

    @Test
    void the_adviseur_gets_the_page_and_the_pdf_a_facilitator_and_a_visitor_get_neither() throws Exception {
        MockHttpSession adviseur = signIn(Role.ADVISEUR);
        MockHttpServletResponse page = mvc.perform(get("/rapportage/impact?van=2025-08-01&tot=2026-07-31")
                .session(adviseur)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Wat levert preventie op?", "1 augustus 2025");
        MockHttpServletResponse pdf = mvc.perform(get("/rapportage/impact.pdf?van=2025-08-01&tot=2026-07-31")
                .session(adviseur)).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attachment", "wat-levert-preventie-op-2025-08-01");

        MockHttpSession facilitator = signIn(Role.FACILITATOR);
        for (String address : new String[] {"/rapportage/impact", "/rapportage/impact.pdf"}) {
            assertThat(mvc.perform(get(address).session(facilitator)).andReturn().getResponse().getStatus())
                    .as(address + " for a facilitator").isEqualTo(403);
            assertThat(mvc.perform(get(address)).andReturn().getResponse().getRedirectedUrl())
                    .as(address + " for a visitor").isEqualTo("/login");
        }
    }

    @Test
    void the_report_is_for_professionals_in_dutch_or_english_whatever_a_parents_language_the_browser_asks()
            throws Exception {
        MockHttpSession adviseur = signIn(Role.ADVISEUR);
        String arabicBrowser = mvc.perform(get("/rapportage/impact?van=2025-08-01&tot=2026-07-31").session(adviseur)
                .header("Accept-Language", "ar")).andReturn().getResponse().getContentAsString();
        assertThat(arabicBrowser).contains("<html lang=\"nl\"", "Wat levert preventie op?").doesNotContain("dir=\"rtl\"");
        String english = mvc.perform(get("/rapportage/impact?van=2025-08-01&tot=2026-07-31&lang=en").session(adviseur))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("<html lang=\"en\"");
    }

    @Test
    void junk_in_the_address_is_a_bad_request_not_an_error() throws Exception {
        MockHttpSession adviseur = signIn(Role.ADVISEUR);
        for (String query : new String[] {"van=+999999999-01-01", "van=1000-01-01&tot=1000-12-31",
            "van=2026-08-01&tot=2025-08-01", "tot=9999-01-01", "van=2026-13-01", "wijk=abc", "thema=1e9"}) {
            assertThat(mvc.perform(get("/rapportage/impact?" + query).session(adviseur)).andReturn().getResponse()
                    .getStatus()).as(query).isEqualTo(400);
        }
        for (String query : new String[] {"wijk=", "wijk=1,", "thema=&thema=2", "wijk=999999"}) {
            assertThat(mvc.perform(get("/rapportage/impact.pdf?" + query).session(adviseur)).andReturn().getResponse()
                    .getStatus()).as(query).isEqualTo(200);
        }
    }

    private MockHttpSession signIn(Role role) throws Exception {
        return sessions.signedIn(mvc, role);
    }
}
