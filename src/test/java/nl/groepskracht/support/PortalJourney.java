package nl.groepskracht.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/**
 * Base of the browser journeys: one packaged portal and one Chromium for the whole test run
 * (starting the jar costs ~15 s on two cores), each journey in its own browser context.
 */
public abstract class PortalJourney {

    private static PortalProcess portal;
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    protected static synchronized PortalProcess portal() {
        start();
        return portal;
    }

    protected static synchronized Page newPage(int width, int height) {
        start();
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)).newPage();
    }

    protected static void login(Page page, String email) {
        page.navigate(portal().url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill("groepskracht");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.locator("h1")).containsText("Welkom");
    }

    protected static void logout(Page page) {
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private static void start() {
        if (portal != null) {
            return;
        }
        try {
            portal = PortalProcess.start();
        } catch (Exception e) {
            throw new IllegalStateException("The portal did not start", e);
        }
        playwright = Browser.playwright();
        browser = Browser.chromium(playwright);
        Runtime.getRuntime().addShutdownHook(new Thread(PortalJourney::stop));
    }

    private static synchronized void stop() {
        try {
            browser.close();
            playwright.close();
            portal.close();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
