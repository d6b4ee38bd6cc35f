package nl.groepskracht.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.PdfUa;
import nl.groepskracht.support.SmtpAndClockTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The impact report of {@link SmallCity}'s wijk A, as the page and the PDF an adviseur downloads: the theme
 * rows the dashboard withholds (the small group's 3 by the "&lt; 5" rule, the large group's 12 by secondary
 * suppression) read "afgeschermd" with, beside the table, what that means; the walk-in shows its visits and
 * sessions, never a reach of 0; the PDF says the same and still passes PDF/UA-1.
 */
@SmtpAndClockTest
class WithheldReportTest {

    private static final String MEANING = "Afgeschermd: minder dan 5 gezinnen, of afgeschermd zodat een"
            + " afgeschermd aantal niet met de andere cijfers van deze periode uit te rekenen is.";

    static SmallCity city;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void city() {
        if (city == null) {
            city = new SmallCity(new KnownData(jdbc), LocalDate.now(clock.withZone(AppZone.ID)));
        }
        new KnownData(jdbc).rebuild();
    }

    @Test
    void the_report_page_shows_what_the_dashboard_withholds_and_says_what_withheld_means() throws Exception {
        Document page = Jsoup.parse(mvc.perform(report("/rapportage/impact")).andReturn().getResponse()
                .getContentAsString());
        var themes = page.select("#report-themes tbody tr");
        assertThat(themes.stream().map(row -> row.select("td").get(2).text()).toList())
                .as("the large group's 12 and the small group's 3 withheld, the walk-in not counted")
                .containsExactlyInAnyOrder("afgeschermd", "afgeschermd", "–");
        assertThat(themes.stream().filter(row -> row.select("td").get(2).text().equals("–"))
                .map(row -> row.select("td").get(3).text()).toList())
                .as("the walk-in's visits (adults / children) and its sessions beside its reach")
                .containsExactly("11 / 16 (2)");
        assertThat(page.select("#report-themes-withheld").text()).isEqualTo(MEANING
                + " Zo is geen gezin te herkennen.");
        assertThat(page.select("#report-wijken-withheld").text()).as("wijk A's uitval rests on one family")
                .startsWith(MEANING);
        assertThat(page.select("dl.gk-report-method").text()).contains("secundaire onderdrukking",
                "minder dan 5 antwoorden");
    }

    @Test
    void the_report_pdf_withholds_the_same_says_so_and_passes_pdf_ua() throws Exception {
        byte[] pdf = mvc.perform(report("/rapportage/impact.pdf")).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("afgeschermd", MEANING, "11 / 16 (2)")
                .contains("11 bezoeken van volwassenen en 16 van kinderen, in 2 inloopbijeenkomsten")
                .doesNotContain("< 5 gezinnen");
        assertThat(PdfUa.failures(pdf)).as("veraPDF, PDF/UA-1").isEmpty();
    }

    private MockHttpServletRequestBuilder report(String path) {
        return get(path).param("van", city.from.toString()).param("tot", city.to.toString())
                .param("wijk", String.valueOf(city.wijkA)).with(user("adviseur@test.example").roles(Roles.ADVISEUR));
    }
}
