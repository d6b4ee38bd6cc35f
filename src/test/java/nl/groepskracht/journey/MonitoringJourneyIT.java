package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * The adviseur on a 1280 px laptop opens the dashboard, filters a period and a wijk (the address
 * follows), reads the matrix (it fits, walk-ins show) and a chart, drills down to a wijk and a group
 * (the filters show), comes back with Back and with "Terug naar de monitoring" to the same view,
 * downloads CSVs whose names and first lines say what they hold, and opens the signals behind a row of
 * "Hier zou een groep kunnen starten". Screenshots go to target/screenshots/issue17/.
 */
class MonitoringJourneyIT extends PortalJourney {

    private static final Path SHOTS = Path.of("target/screenshots/issue17");

    @Test
    void the_adviseur_filters_drills_down_comes_back_to_the_same_view_and_downloads_what_it_shows() throws Exception {
        Page page = newPage(1280, 800);
        login(page, "adviseur@groepskracht.demo");
        page.navigate(portal().url("/monitoring"));
        assertThat(page.locator("h1")).hasText("Monitoring");
        assertThat(page.locator("#unmet-demand vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Zuidwest")).first()).isVisible();
        assertThat(page.locator("#matrix vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("inloop: \\d+ volwassenen en \\d+ kinderen"))).first()).isAttached();
        Object overflow = page.evaluate("() => { const t = document.querySelector('#matrix').shadowRoot"
                + ".querySelector('#table'); return t.scrollWidth - t.clientWidth; }");
        assertThat(((Number) overflow).intValue()).as("the matrix fits the laptop's width").isLessThanOrEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-1280.png")).setFullPage(true));

        page.locator("#filter-period").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Vorig schooljaar")).click();
        assertThat(page).hasURL(Pattern.compile(".*/monitoring\\?periode=vorig-schooljaar$"));
        page.locator("#filter-wijk input").fill("Overvecht");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Overvecht")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/monitoring\\?periode=vorig-schooljaar&wijk=\\d+$"));
        String filtered = page.url();
        assertThat(page.locator("#matrix vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Noordwest")))
                .hasCount(0);
        assertThat(page.locator("#figure-bereik")).not().hasText("0");
        assertThat(page.locator("#figure-walk-in-beside")).containsText("kinderen, in");

        Locator chart = page.locator("#trend-bereik");
        assertThat(chart.locator("img")).isVisible();
        assertThat(chart.locator("img")).hasAttribute("alt", "Bereik (gezinnen)");
        assertThat(chart.locator("p.gk-trend-summary")).containsText("Getekend:");
        assertThat(chart.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("sep")).first())
                .isAttached();

        page.locator("#matrix vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Overvecht")).first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/monitoring/wijk/\\d+\\?periode=vorig-schooljaar&wijk=\\d+$"));
        assertThat(page.locator("h1")).hasText("Groepen in Overvecht");
        assertThat(page.locator("#selection-period")).containsText("Periode:");
        page.goBack();
        assertThat(page).hasURL(filtered);
        assertThat(page.locator("#filter-period")).containsText("Vorig schooljaar");
        assertThat(page.locator("#filter-wijk input")).hasValue("Overvecht");

        page.locator("#matrix vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Overvecht")).first()
                .click();
        assertThat(page.locator("h1")).hasText("Groepen in Overvecht");
        assertThat(page.locator("#wijk-groups vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Spelinloop Overvecht (vorig schooljaar)")).first()).isAttached();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("wijk-drill-down-1280.png"))
                .setFullPage(true));
        page.locator("#wijk-groups vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Samen ouder blijven Overvecht (vorig schooljaar)")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/monitoring/groep/\\d+\\?periode=vorig-schooljaar&wijk=\\d+$"));
        assertThat(page.locator("h1")).containsText("Samen ouder blijven Overvecht");
        assertThat(page.locator("body")).not().containsText("Demo-ouder");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("group-1280.png")).setFullPage(true));

        Download download = page.waitForDownload(() -> page.locator("#csv-group").click());
        assertThat(download.suggestedFilename()).matches("groep_\\d{4}-08-01_\\d{4}-07-31_groep-samen-ouder-blijven"
                + "-overvecht-vorig-sch.*\\.csv");
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFGroepskracht · cijfers van één groep").contains("Periode: 1 augustus ")
                .contains("Gemaakt op ").contains("Cijfer;Waarde;Definitie").contains("Opkomst;")
                .doesNotContain("Demo-ouder");

        page.locator("#back-to-dashboard").click();
        assertThat(page).hasURL(filtered);
        assertThat(page.locator("#filter-wijk input")).hasValue("Overvecht");
        Download matrix = page.waitForDownload(() -> page.locator("#csv-matrix").click());
        assertThat(matrix.suggestedFilename()).matches("wijk-thema_\\d{4}-08-01_\\d{4}-07-31_wijk-overvecht\\.csv");
        assertThat(Files.readString(matrix.path(), StandardCharsets.UTF_8)).contains("Inloopbezoeken (volwassenen)")
                .contains("Bereik per 1.000 huishoudens met kinderen").contains("Overvecht;alle;");

        page.navigate(portal().url("/monitoring"));
        page.locator("#unmet-demand vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Zuidwest"))
                .first().click();
        assertThat(page).hasURL(Pattern.compile(".*/signalen\\?.*"));
        assertThat(page.locator("#signal-filter-wijk input")).hasValue("Zuidwest");
        assertThat(page.locator("#signals vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Zuidwest")).first()).isAttached();

        theReportOfTheDemoSchoolYear(page);
    }

    /**
     * The impact report of this school year on the demo data, as the adviseur opens and downloads it: walk-ins
     * show their visits and sessions (never a reach of 0), a table with a withheld figure says what that
     * means, the PDF passes PDF/UA-1 and its pages are drawn to target/screenshots/issue17/demo-report-page-N.png.
     */
    private void theReportOfTheDemoSchoolYear(Page page) throws Exception {
        page.navigate(portal().url("/rapportage"));
        String printable = page.locator("#report-page").getAttribute("href");
        page.navigate(portal().url("/" + printable));
        assertThat(page.locator("#report-themes")).isVisible();
        assertThat(page.locator("#report-themes tbody tr", new Page.LocatorOptions().setHasText("Spelinloop"))
                .first().locator("td").nth(3)).hasText(Pattern.compile("\\d+ / \\d+ \\(\\d+\\)"));
        assertThat(page.locator("#report-sentences")).containsText("inloopbijeenkomsten");
        assertThat(page.locator("body")).not().containsText("bereik 0");
        if (page.locator("#report-themes td", new Page.LocatorOptions().setHasText("afgeschermd")).count() > 0) {
            assertThat(page.locator("#report-themes-withheld")).containsText("Afgeschermd: minder dan 5 gezinnen");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("demo-report-page.png"))
                .setFullPage(true));

        page.navigate(portal().url("/rapportage"));
        Download pdf = page.waitForDownload(() -> page.locator("#report-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        assertThat(nl.groepskracht.support.PdfUa.failures(bytes)).as("veraPDF, PDF/UA-1").isEmpty();
        assertThat(nl.groepskracht.support.ReportPages.draw(bytes, SHOTS, "demo-report-page")).hasSizeGreaterThan(1);
    }
}
