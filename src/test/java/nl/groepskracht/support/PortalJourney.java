package nl.groepskracht.support;

import java.util.List;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import com.microsoft.playwright.Playwright;
import java.util.regex.Pattern;

/**
 * Base of the browser journeys: one packaged portal and one Chromium for the whole test run
 * (starting the jar costs ~15 s on two cores), each journey in its own browser context.
 */
public abstract class PortalJourney {

    private static PortalProcess portal;
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;
    private static GreenMail smtp;

    private static final java.util.regex.Pattern ERROR_LINE =
            java.util.regex.Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+ERROR\\s.*");

    /**
     * The running portal logged no error during the journey: a scheduled job that fails, a request
     * that logs a stack trace, a page that answers 500 are defects even when the page looks fine.
     */
    @org.junit.jupiter.api.AfterEach
    void theRunningPortalLoggedNoError() {
        List<String> errors = portal().log().stream().filter(line -> ERROR_LINE.matcher(line).matches()).toList();
        org.assertj.core.api.Assertions.assertThat(errors).as("ERROR lines in the portal's log").isEmpty();
    }

    protected static synchronized PortalProcess portal() {
        start();
        return portal;
    }

    protected static Page newPage(int width, int height) {
        // a Dutch browser: the public pages follow Accept-Language (issue 19), Chromium's default is en-US
        return newPage(width, height, "nl-NL");
    }

    /** A browser speaking {@code locale}: Chromium sends it as Accept-Language (extra headers do not win). */
    protected static synchronized Page newPage(int width, int height, String locale) {
        start();
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setLocale(locale)).newPage();
    }

    protected static void login(Page page, String email) {
        login(page, email, portal().url(""));
    }

    /** Signs in at {@code base}: the portal itself, or a proxy in front of it. */
    protected static void login(Page page, String email, String base) {
        page.navigate(base + "/login");
        LoginForm.signIn(page, email, "groepskracht");
        // the first sign-in of a run waits for the portal's warm-up on a busy machine
        assertThat(page.locator("h1")).containsText("Welkom",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    }

    protected static void logout(Page page) {
        if (page.locator("vaadin-app-layout[overlay]:not([drawer-opened])").count() > 0) {
            // on a phone the menu (with "Uitloggen") is closed: open it, as a person does
            page.locator("vaadin-drawer-toggle").first().click();
        }
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        // the login page the portal sent us to has finished loading (its form belongs to the new session)
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    /** The mails the portal sent so far (SMTP goes to a GreenMail server in this JVM). */
    protected static synchronized MimeMessage[] receivedMails() {
        start();
        return smtp.getReceivedMessages();
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void start() {
        if (portal != null) {
            return;
        }
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            portal = PortalProcess.start(smtp.getSmtp().getPort(), journeyArguments());
        } catch (Exception e) {
            throw new IllegalStateException("The portal did not start", e);
        }
        playwright = Browser.playwright();
        browser = Browser.chromium(playwright);
        Runtime.getRuntime().addShutdownHook(new Thread(PortalJourney::stop));
    }

    /**
     * The demo accounts sign in with their password alone (a second factor is optional here; the Spring tests
     * cover it), and JGZ Utrecht's people can sign in with their organisation's account at the test's provider.
     */
    private static String[] journeyArguments() {
        var arguments = new java.util.ArrayList<>(List.of("--groepskracht.security.two-factor.mode=optional"));
        TestIdentityProvider.properties().forEach(property -> arguments.add("--" + property));
        return arguments.toArray(String[]::new);
    }

    private static synchronized void stop() {
        try {
            browser.close();
            playwright.close();
            portal.close();
            smtp.stop();
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }
}
