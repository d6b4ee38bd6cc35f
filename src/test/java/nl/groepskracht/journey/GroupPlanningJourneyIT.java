package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * A facilitator creates a group, plans six weekly sessions and opens the group; the administrator
 * then finds the invites in the outbox. Real browser, packaged jar.
 */
class GroupPlanningJourneyIT extends PortalJourney {

    @Test
    void a_facilitator_plans_a_group_and_the_admin_sees_the_invites() {
        Page page = newPage(1280, 900);
        login(page, "facilitator@groepskracht.demo");

        page.navigate(portal().url("/groepen"));
        page.locator("#new-group").click();
        page.locator("#group-name input").fill("Ouders in gesprek Zuilen");
        choose(page, "#group-theme", "Kind gaat niet naar school");
        choose(page, "#group-wijk", "Noordwest");
        page.locator("#group-age-range").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("12 tot 18 jaar")).click();
        page.locator("#group-capacity input").fill("8");
        page.locator("#group-location input").fill("Wijkcentrum Zuilen, Amsterdamsestraatweg 1, Utrecht");
        page.locator("#group-facilitators input").fill("Sanne");
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText("Sanne de Vries"))
                .click();
        page.keyboard().press("Escape");
        page.locator("#save").click();

        assertThat(page).hasURL(Pattern.compile(".*/groepen/\\d+$"));
        assertThat(page.locator("h1")).hasText("Ouders in gesprek Zuilen");
        assertThat(page.locator("#group-status")).hasText("Concept");

        page.locator("#plan-series").click();
        page.locator("#series-count input").fill("6");
        page.locator("#series-preview").click();
        assertThat(page.locator("#series-preview-list > div")).hasCount(6);
        page.locator("#save").click();
        Locator planned = page.locator("#sessions vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Gepland"));
        assertThat(planned).hasCount(6);

        page.locator("#open-group").click();
        assertThat(page.locator("#group-status")).hasText("Open voor aanmelding");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/group-page.png")).setFullPage(true));
        logout(page);

        login(page, "admin@groepskracht.demo");
        page.navigate(portal().url("/outbox"));
        page.locator("#outbox-recipient input").fill("jgz@groepskracht.demo");
        Locator invite = page.locator("#outbox vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Nieuwe bijeenkomsten van Ouders in gesprek Zuilen"));
        assertThat(invite).hasCount(1);
        invite.click();
        assertThat(page.locator("#mail-content")).containsText("zijn 6 nieuwe bijeenkomsten gepland");
        assertThat(page.locator("#mail-content")).containsText("RRULE:FREQ=WEEKLY");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/outbox.png")));
    }

    private static void choose(Page page, String comboBox, String item) {
        page.locator(comboBox + " input").fill(item.substring(0, 6));
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item)).click();
    }
}
