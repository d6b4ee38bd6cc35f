package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.Map;
import nl.groepskracht.support.PortalJourney;
import nl.groepskracht.support.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The screens a facilitator uses in the room, on a tablet (1024×768) and a phone (390×844): every
 * name and number read in full and one tap from a call, dialogs and messages that leave in view what
 * they are about (the session's row, the menu's "Uitloggen"). Asserted on what is drawn, not only on
 * the text the page holds.
 */
class TabletScreensJourneyIT extends PortalJourney {

    /** Thirty characters, with letters a Dutch wijk has: the name the issue saw cut off as "Şükrü Yıl…". */
    private static final String LONG_NAME = "Şükrü Yıldırım-van der Heijden";
    private static final String PHONE = "06 2345 6789";

    @Test
    void the_participants_list_shows_every_name_and_phone_number_in_full_on_a_tablet_and_as_cards_on_a_phone() {
        Page tablet = newPage(1024, 768);
        login(tablet, "facilitator@groepskracht.demo");
        openGroup(tablet, "Samen ouder blijven Overvecht");
        tablet.locator("#participants-link").click();
        tablet.locator("#add-participant").click();
        tablet.locator("#participant-name input").fill(LONG_NAME);
        tablet.locator("#participant-phone input").fill(PHONE);
        tablet.locator("#participant-consent").click();
        tablet.locator("#save").click();
        assertThat(tablet.locator("vaadin-dialog-overlay")).hasCount(0);

        Locator name = tablet.locator("#participants vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(LONG_NAME)).first();
        assertThat(name).isVisible();
        assertThat(notCutOff(name)).as("the name's cell shows it whole").isTrue();
        Locator phone = tablet.locator("#participants a.gk-tel", new Page.LocatorOptions().setHasText(PHONE)).first();
        assertThat(phone).hasAttribute("href", "tel:0623456789");
        assertThat(notCutOff(phone.locator("xpath=.."))).as("the number's cell shows it whole").isTrue();
        assertThat(phone.boundingBox().height).isGreaterThanOrEqualTo(44);
        Locator status = tablet.locator("#participants .gk-cell-sub", new Page.LocatorOptions().setHasText("Aangemeld"));
        assertThat(notCutOff(status.first())).as("the status reads whole").isTrue();
        Screenshots.of("issue18/participants-tablet.png", tablet);
        assertThat((String) tablet.locator("#participants").evaluate(
                "g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth + ' of ' + t.clientWidth; }"))
                .as("the table fits beside the menu: no column is out of view")
                .matches(widths -> Integer.parseInt(widths.split(" of ")[0]) <= Integer.parseInt(widths.split(" of ")[1]));
        Locator remove = tablet.locator("#participants vaadin-button", new Page.LocatorOptions().setHasText("Verwijderen"))
                .first();
        assertThat(inside(remove.boundingBox(), 1024)).as("the row's buttons are in view").isTrue();

        Page phoneScreen = newPage(390, 844);
        login(phoneScreen, "facilitator@groepskracht.demo");
        phoneScreen.navigate(tablet.url());
        assertThat(phoneScreen.locator("#participants")).isHidden();
        Locator card = phoneScreen.locator(".gk-person-card", new Page.LocatorOptions().setHasText(LONG_NAME)).first();
        assertThat(card).isVisible();
        assertThat(card.locator("a.gk-tel")).hasAttribute("href", "tel:0623456789");
        assertThat(inside(card.boundingBox(), 390)).isTrue();
        Screenshots.fullPage("issue18/participants-phone.png", phoneScreen);
        tablet.context().close();
        phoneScreen.context().close();
    }

    @Test
    void the_cancel_dialog_names_its_session_and_leaves_its_row_in_view_and_messages_leave_uitloggen_free() {
        Page page = newPage(1024, 768);
        login(page, "facilitator@groepskracht.demo");
        openGroup(page, "Samen ouder blijven Overvecht");
        Locator cancels = page.locator("#sessions vaadin-button[id^='cancel-session-']");
        for (int row : new int[] {0, 6}) {
            Locator cancel = cancels.nth(row);
            cancel.scrollIntoViewIfNeeded();
            cancel.click();
            assertThat(page.locator("#cancel-session-dialog")).isAttached();
            assertThat(page.getByText("afzeggen?", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
            BoundingBox dialog = dialogCard(page);
            BoundingBox button = cancel.boundingBox();
            assertThat(overlap(dialog, button)).as("dialog over the row of session %s", row).isFalse();
            if (row == 6) {
                Screenshots.of("issue18/cancel-dialog-tablet.png", page);
            }
            page.locator("#keep-session").click();
        }

        // a message ("Opgeslagen" after an edit) never covers the menu's "Uitloggen"
        page.locator("#edit-group").click();
        page.locator("#save").click();
        Locator toast = page.locator("vaadin-notification-card").first();
        assertThat(toast).isVisible();
        assertThat(overlap(toast.boundingBox(), page.locator("#logout").boundingBox())).isFalse();
        page.context().close();
    }

    @Test
    void on_a_phone_a_long_name_wraps_on_the_sheet_and_every_choice_is_a_finger_wide() {
        Page phone = newPage(360, 740);
        login(phone, "facilitator@groepskracht.demo");
        phone.navigate(portal().url("/vandaag"));
        phone.locator(".gk-session-card", new Page.LocatorOptions().setHasText("Ouders van pubers Zuilen"))
                .locator("vaadin-button").click();
        Locator lines = phone.locator("vaadin-radio-group");
        assertThat(lines).hasCount(3);
        for (int i = 0; i < 3; i++) {
            Locator label = lines.nth(i).locator("label").first();
            assertThat(inside(label.boundingBox(), 360)).as("name %s within the screen", i).isTrue();
            assertThat(notCutOff(label)).isTrue();
            for (BoundingBox choice : lines.nth(i).locator("vaadin-radio-button").all().stream()
                    .map(Locator::boundingBox).toList()) {
                assertThat(choice.height).isGreaterThanOrEqualTo(44);
                assertThat(inside(choice, 360)).isTrue();
            }
        }
        assertThat(phone.locator("a.gk-tel").first().boundingBox().height).isGreaterThanOrEqualTo(44);
        Screenshots.fullPage("issue18/sheet-phone.png", phone);
        phone.context().close();
    }

    /** The demo group of that name that is open now (older groups of the same name are in the history). */
    private static void openGroup(Page page, String name) {
        page.navigate(portal().url("/aanbod"));
        String href = page.locator("a", new Page.LocatorOptions().setHasText(name)).first().getAttribute("href");
        page.navigate(portal().url("/groepen/" + href.replaceAll(".*/aanbod/(\\d+).*", "$1")));
        assertThat(page.locator("h1")).hasText(name);
    }

    /** Nothing of the element's text is hidden: it is not wider than the box it is drawn in, nor cut by it. */
    /** Whole within its cell once the grid has settled its column widths (it sizes them after rendering). */
    private static boolean notCutOff(Locator element) {
        for (int tries = 0; tries < 50; tries++) {
            if (wholeNow(element)) {
                return true;
            }
            element.page().waitForTimeout(100);
        }
        return false;
    }

    private static boolean wholeNow(Locator element) {
        return (Boolean) element.evaluate("e => e.scrollWidth <= e.clientWidth + 1"
                + " && (() => { const r = document.createRange(); r.selectNodeContents(e);"
                + " const t = r.getBoundingClientRect(), b = e.getBoundingClientRect();"
                + " return t.right <= b.right + 1 && t.left >= b.left - 1; })()");
    }

    private static boolean inside(BoundingBox box, int viewportWidth) {
        return box.x >= 0 && box.x + box.width <= viewportWidth + 0.5;
    }

    private static boolean overlap(BoundingBox a, BoundingBox b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    /** The dialog's card as drawn (inside the overlay's shadow DOM), not the full-screen backdrop. */
    private static BoundingBox dialogCard(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.evaluate("""
                () => {
                  const all = [];
                  const walk = root => root.querySelectorAll('*').forEach(e => {
                    if (e.getAttribute && (e.getAttribute('part') || '').split(' ').includes('overlay')) all.push(e);
                    if (e.shadowRoot) walk(e.shadowRoot);
                  });
                  walk(document);
                  const r = all.map(e => e.getBoundingClientRect()).find(r => r.width > 0 && r.height > 0);
                  return { x: r.x, y: r.y, width: r.width, height: r.height };
                }""");
        var result = new BoundingBox();
        result.x = ((Number) box.get("x")).doubleValue();
        result.y = ((Number) box.get("y")).doubleValue();
        result.width = ((Number) box.get("width")).doubleValue();
        result.height = ((Number) box.get("height")).doubleValue();
        return result;
    }
}
