package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * A facilitator on a shaky tablet taps "Opslaan" twice (Playwright's double click: two clicks in a
 * row, faster than a round trip): every form that creates something makes it once, and says nothing
 * went wrong.
 */
class DoubleClickJourneyIT extends PortalJourney {

    private static final String MARK = Long.toString(System.nanoTime() % 100_000);

    @Test
    void a_double_click_on_save_creates_one_group_one_series_and_one_phone_parent() {
        Page page = newPage(1280, 900);
        login(page, "facilitator@groepskracht.demo");

        String group = "Dubbel geklikt " + MARK;
        page.navigate(portal().url("/groepen"));
        page.locator("#new-group").click();
        page.locator("#group-name input").fill(group);
        choose(page, "#group-theme", "Echtscheiding");
        choose(page, "#group-wijk", "Overvecht");
        page.locator("#group-age-range").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("4 tot 12 jaar")).click();
        page.locator("#group-capacity input").fill("8");
        page.locator("#group-location input").fill("Buurtcentrum De Dreef, Dreef 12, Utrecht");
        page.locator("#save").dblclick();
        assertThat(page).hasURL(Pattern.compile(".*/groepen/\\d+$"));
        assertThat(page.locator("h1")).hasText(group);

        page.locator("#plan-series").click();
        page.locator("#series-count input").fill("4");
        page.locator("#save").dblclick();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(page.locator("#sessions vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Gepland"))).hasCount(4);
        assertNoError(page);
        page.locator("#open-group").click();
        assertThat(page.locator("#group-status")).hasText("Open voor aanmelding");

        page.navigate(portal().url("/groepen"));
        assertThat(page.locator("#groups vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(group)))
                .hasCount(1);

        page.locator("#groups vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(group)).click();
        page.locator("#participants-link").click();
        String parent = "Yasmina Dubbelklik " + MARK;
        page.locator("#add-participant").click();
        page.locator("#participant-name input").fill(parent);
        page.locator("#participant-phone input").fill("06 1234 5678");
        page.locator("#participant-consent").click();
        page.locator("#save").dblclick();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        page.reload();
        assertThat(page.locator("#participants vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(parent))).hasCount(1);
        assertThat(page.locator("#participants vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Aangemeld"))).hasCount(1);
    }

    @Test
    void a_double_click_creates_one_knowledge_item_and_one_demand_signal() {
        Page page = newPage(1280, 900);
        login(page, "facilitator@groepskracht.demo");

        String word = "dubbeltik" + MARK;
        page.navigate(portal().url("/kennis/nieuw"));
        page.locator("#item-title input").fill("Twee keer getikt " + word);
        page.locator("#item-kind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Materiaal")).click();
        choose(page, "#item-theme", "Echtscheiding");
        page.locator("#item-summary textarea").fill("Een werkvorm die maar één keer in de kennisbank hoort.");
        page.locator("#item-body-editor textarea").fill("## Waarvoor\n\nOefenen met " + word + ".\n");
        // the text reached the portal (its preview shows it) before the double click, as when a person types
        assertThat(page.locator("#item-preview")).containsText(word);
        page.locator("#save").dblclick();
        // the first save of the run also opens the search index: give it a little longer on a busy machine
        assertThat(page.locator("h1")).hasText("Twee keer getikt " + word,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        page.navigate(portal().url("/kennis"));
        page.locator("#knowledge-query input").fill(word);
        assertThat(page.locator(".gk-kb-hit", new Page.LocatorOptions().setHasText(word))).hasCount(1);

        String note = "Vaders vragen naar omgang " + MARK;
        page.navigate(portal().url("/signalen"));
        page.locator("#new-signal").click();
        choose(page, "#signal-theme", "Echtscheiding");
        choose(page, "#signal-wijk", "Overvecht");
        choose(page, "#signal-organisation", "Lokalis buurtteam Overvecht");
        page.locator("#signal-families input").fill("6");
        page.locator("#signal-note textarea").fill(note);
        page.locator("#save").dblclick();
        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        page.reload();
        assertThat(page.locator("#signals vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(note)))
                .hasCount(1);
    }

    private static void assertNoError(Page page) {
        assertThat(page.locator("vaadin-notification-card[theme~='error']")).hasCount(0);
    }

    private static void choose(Page page, String comboBox, String item) {
        page.locator(comboBox + " input").fill(item.substring(0, 6));
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(item)).click();
    }
}
