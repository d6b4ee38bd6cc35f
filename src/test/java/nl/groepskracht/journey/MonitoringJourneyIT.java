package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * The adviseur opens the dashboard, filters a period and a wijk, reads a chart and its table,
 * drills down to a group and downloads its figures as CSV (demo history of the packaged portal).
 */
class MonitoringJourneyIT extends PortalJourney {

    @Test
    void the_adviseur_filters_reads_a_chart_drills_down_to_a_group_and_downloads_the_csv() throws Exception {
        Page page = newPage(1280, 1000);
        login(page, "adviseur@groepskracht.demo");
        page.navigate(portal().url("/monitoring"));
        assertThat(page.locator("h1")).hasText("Monitoring");
        assertThat(page.locator("#unmet-demand vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Zuidwest")).first()).isVisible();

        page.locator("#filter-period").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Vorig schooljaar")).click();
        page.locator("#filter-wijk input").fill("Overvecht");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Overvecht")).first().click();
        assertThat(page.locator("#matrix vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Noordwest")))
                .hasCount(0);
        assertThat(page.locator("#figure-bereik")).not().hasText("0");

        Locator chart = page.locator("#trend-bereik");
        assertThat(chart.locator("img")).isVisible();
        assertThat(chart.locator("img")).hasAttribute("alt", "Bereik (gezinnen)");
        assertThat(chart.locator("h3")).hasText("Bereik (gezinnen)");
        assertThat(chart.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("sep")).first())
                .isAttached();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/monitoring.png")).setFullPage(true));

        page.locator("#matrix vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Overvecht")).first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/monitoring/wijk/\\d+\\?.*"));
        assertThat(page.locator("h1")).hasText("Groepen in Overvecht");
        page.locator("#wijk-groups vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Samen ouder blijven Overvecht (vorig schooljaar)")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/monitoring/groep/\\d+\\?.*"));
        assertThat(page.locator("h1")).containsText("Samen ouder blijven Overvecht");
        assertThat(page.locator("body")).not().containsText("Demo-ouder");

        Download download = page.waitForDownload(() -> page.locator("#csv-group").click());
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("\uFEFFCijfer;Waarde;Definitie").contains("Opkomst;").doesNotContain("Demo-ouder");
    }
}
