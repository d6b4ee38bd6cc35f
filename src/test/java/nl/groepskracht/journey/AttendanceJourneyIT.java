package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * On a tablet: the facilitator opens today's session, marks who is there, reloads the page and
 * finds it kept (every tap is saved at once). Uses the demo group that meets today.
 */
class AttendanceJourneyIT extends PortalJourney {

    @Test
    void a_facilitator_marks_attendance_on_a_tablet_and_it_survives_a_reload() {
        Page page = newPage(768, 1024);
        login(page, "facilitator@groepskracht.demo");
        page.navigate(portal().url("/vandaag"));
        Locator card = page.locator(".gk-session-card", new Page.LocatorOptions().setHasText("Ouders van pubers Zuilen"));
        card.locator("vaadin-button").click();

        Locator groups = page.locator("vaadin-radio-group");
        assertThat(groups).hasCount(3);
        groups.nth(0).locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Aanwezig")).click();
        groups.nth(1).locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText("Afgemeld")).click();
        page.locator("#all-present").click();
        assertThat(groups.nth(2).locator("vaadin-radio-button[checked]")).hasText("Aanwezig");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/attendance-tablet.png")));

        page.reload();
        Locator reloaded = page.locator("vaadin-radio-group");
        assertThat(reloaded).hasCount(3);
        assertThat(reloaded.nth(0).locator("vaadin-radio-button[checked]")).hasText("Aanwezig");
        assertThat(reloaded.nth(1).locator("vaadin-radio-button[checked]")).hasText("Afgemeld");
        assertThat(reloaded.nth(2).locator("vaadin-radio-button[checked]")).hasText("Aanwezig");
    }
}
