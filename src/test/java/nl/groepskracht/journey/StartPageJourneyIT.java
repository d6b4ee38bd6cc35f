package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.groepskracht.schedule.DemoGroups;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * The start page per role in Chromium against the packaged jar: the facilitator on a phone goes from
 * the start page to today's session, marks everyone present and comes back; every role's start page
 * is photographed in Dutch and English (target/it/start-*.png) and nothing runs off a phone's screen.
 */
class StartPageJourneyIT extends PortalJourney {

    @Test
    void on_a_phone_the_facilitator_goes_from_the_start_page_to_todays_session_and_back() {
        Page page = newPage(390, 844);
        login(page, "facilitator@groepskracht.demo");
        Locator today = page.locator("#start-sessions .gk-start-line",
                new Page.LocatorOptions().setHasText(DemoGroups.TODAY_GROUP));
        assertThat(today.first()).isVisible();
        assertNoSidewaysScrolling(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/start-facilitator-phone.png"))
                .setFullPage(true));

        today.first().locator("vaadin-button").click();
        assertThat(page).hasURL(Pattern.compile(".*/sessies/\\d+/aanwezigheid\\?van=start$"));
        Locator parents = page.locator("vaadin-radio-group");
        assertThat(parents.first()).isVisible();
        page.locator("#all-present").click();
        // everyone not yet marked is now present; a parent marked "afgemeld" before stays so
        assertThat(page.locator("vaadin-radio-button[checked]")).hasCount(parents.count());
        assertThat(page.locator("#present-count")).hasText(Pattern.compile("\\d+ van " + parents.count()
                + " aanwezig"));
        assertNoSidewaysScrolling(page);

        page.locator("#back").click();
        assertThat(page.locator("h1")).containsText("Welkom");
        assertThat(page.locator("#start-sessions")).isVisible();
    }

    @Test
    void every_role_has_its_own_start_page_in_dutch_and_in_english() {
        for (String role : new String[] {"facilitator", "adviseur", "admin"}) {
            Page page = newPage(1280, 900);
            login(page, role + "@groepskracht.demo");
            switch (role) {
                case "facilitator" -> assertThat(page.locator("#start-signups")).isVisible();
                case "adviseur" -> assertThat(page.locator("#start-unmet")).isVisible();
                default -> assertThat(page.locator("#start-outbox")).isVisible();
            }
            assertThat(page.locator("#start-sessions")).hasCount(role.equals("facilitator") ? 1 : 0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/start-" + role + "-nl.png"))
                    .setFullPage(true));
            page.locator("#lang-en").click();
            assertThat(page.locator("h1")).containsText("Welcome");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/start-" + role + "-en.png"))
                    .setFullPage(true));
            page.locator("#lang-nl").click();
            assertThat(page.locator("h1")).containsText("Welkom");
            page.context().close();
        }
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("page wider than the screen")
                .isLessThanOrEqualTo(0);
    }
}
