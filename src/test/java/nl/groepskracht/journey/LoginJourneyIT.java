package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import nl.groepskracht.support.PortalProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In a real browser against the packaged jar: sign in, see the Dutch portal, switch to English, sign out. */
class LoginJourneyIT {

    private static PortalProcess portal;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalProcess.start();
        playwright = nl.groepskracht.support.Browser.playwright();
        browser = nl.groepskracht.support.Browser.chromium(playwright);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void the_demo_facilitator_signs_in_switches_to_english_and_signs_out() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        page.navigate(portal.url("/"));

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Inloggen");
        page.locator("vaadin-login-form input[name='username']").fill("facilitator@groepskracht.demo");
        page.locator("vaadin-login-form input[name='password']").fill("groepskracht");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

        assertThat(page.locator("h1")).containsText("Welkom, Fatima El Amrani");
        var menu = page.locator("vaadin-side-nav-item");
        assertThat(menu).hasCount(3);
        assertThat(menu.nth(0)).containsText("Start");
        assertThat(menu.nth(1)).containsText("Groepen");
        assertThat(menu.nth(2)).containsText("Mijn agenda");
        assertThat(page).hasTitle("Start | Groepskracht");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/portal-nl.png")));

        page.locator("#lang-en").click();
        assertThat(menu.nth(0)).containsText("Home");
        assertThat(menu.nth(1)).containsText("Groups");
        assertThat(page.locator("h1")).containsText("Welcome");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/portal-en.png")));

        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Log in");
    }

    @Test
    void the_public_offer_works_without_signing_in() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)).newPage();
        page.navigate(portal.url("/aanbod"));
        assertThat(page.locator("h1")).hasText("Aanbod voor ouders");
        assertThat(page.locator(".gk-card")).not().hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Groups for parents");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/aanbod-phone.png")).setFullPage(true));
    }
}
