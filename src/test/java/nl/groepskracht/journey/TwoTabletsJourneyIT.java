package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Path;
import java.util.List;
import nl.groepskracht.support.PortalJourney;
import nl.groepskracht.support.ReverseProxy;
import nl.groepskracht.support.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * Fatima (Lokalis) and Sanne (JGZ) lead today's session together, each with a tablet (1024×768) on
 * the wijkcentrum's wifi, in two browsers: each sees the other's ticks within five seconds (server
 * push), a note written on both is never lost silently, and a tablet that loses its wifi while ticking
 * says so and delivers the tick once it is back. Also behind the README's reverse proxy (nginx, the
 * block read from README.md) under a Content-Security-Policy that allows nothing but the portal's own
 * origin: over a WebSocket, and by long polling where the proxy refuses the upgrade.
 */
class TwoTabletsJourneyIT extends PortalJourney {

    private static final LocatorAssertions.HasTextOptions WITHIN_5_S = new LocatorAssertions.HasTextOptions()
            .setTimeout(5_000);
    /** The portal's policy as i22 sets it, at its strictest for push: nothing but the portal's own origin. */
    private static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
    private static final java.util.Map<Page, String> TRANSPORTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final List<String> STATUSES = List.of("Aanwezig", "Afwezig", "Afgemeld");

    @Test
    void two_tablets_on_one_sheet_see_each_others_ticks_and_notes() {
        Page fatima = sheet("facilitator@groepskracht.demo");
        Page sanne = sheet("jgz@groepskracht.demo");

        String first = other(checked(fatima, 0));
        tick(fatima, 0, first);
        assertThat(checkedButton(sanne, 0)).hasText(first, WITHIN_5_S);
        assertThat(sanne.locator("#present-count")).hasText(fatima.locator("#present-count").textContent(),
                WITHIN_5_S);

        String back = other(first);
        tick(sanne, 0, back);
        assertThat(checkedButton(fatima, 0)).hasText(back, WITHIN_5_S);
        tick(fatima, 2, "Aanwezig");
        assertThat(checkedButton(sanne, 2)).hasText("Aanwezig", WITHIN_5_S);
        assertThat(fatima.locator("#present-count")).hasText(sanne.locator("#present-count").textContent());
        Screenshots.sideBySide("issue18/sheet-two-tablets.png", fatima, sanne);

        // both start writing the note; Fatima leaves the field first, Sanne's save meets her text
        sanne.locator("#session-note textarea").click();
        fatima.locator("#session-note textarea").fill("Fatima: Bas vertelde over de overdracht.");
        fatima.locator("#present-count").click();
        sanne.locator("#session-note textarea").fill("Sanne: volgende keer over schoolverzuim.");
        sanne.locator("#present-count").click();
        assertThat(sanne.locator("#note-other-text")).hasText("Fatima: Bas vertelde over de overdracht.");
        assertThat(sanne.locator("#session-note textarea")).hasValue("Sanne: volgende keer over schoolverzuim.");
        assertThat(sanne.locator("#session-note")).containsText("ander apparaat");
        Screenshots.of("issue18/note-conflict-tablet.png", sanne);
        sanne.locator("#session-note textarea").fill("Sanne: volgende keer over schoolverzuim. Fatima: Bas vertelde"
                + " over de overdracht.");
        sanne.locator("#note-keep-mine").click();
        assertThat(sanne.locator("#note-conflict")).isHidden();
        assertThat(fatima.locator("#session-note textarea")).hasValue("Sanne: volgende keer over schoolverzuim."
                + " Fatima: Bas vertelde over de overdracht.", new LocatorAssertions.HasValueOptions().setTimeout(5_000));
        fatima.context().close();
        sanne.context().close();
    }

    @Test
    void a_tick_made_without_wifi_is_announced_and_arrives_when_the_wifi_is_back() {
        Page fatima = sheet("facilitator@groepskracht.demo");
        Page sanne = sheet("jgz@groepskracht.demo");
        String before = checked(fatima, 1);
        String offlineTick = other(before);

        fatima.context().setOffline(true);
        tick(fatima, 1, offlineTick);
        assertThat(fatima.locator("vaadin-connection-indicator")).containsText("Geen verbinding",
                new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        // plainly visible: not a thin line at the top of the screen
        assertThat(fatima.locator("vaadin-connection-indicator .v-status-message").boundingBox().height)
                .isGreaterThanOrEqualTo(32);
        Screenshots.of("issue18/sheet-offline-tablet.png", fatima);
        // the server has not got it: the other tablet still shows what was there
        if (before.isEmpty()) {
            assertThat(checkedButton(sanne, 1)).hasCount(0);
        } else {
            assertThat(checkedButton(sanne, 1)).hasText(before);
        }

        fatima.context().setOffline(false);
        assertThat(checkedButton(sanne, 1)).hasText(offlineTick, new LocatorAssertions.HasTextOptions()
                .setTimeout(20_000));
        fatima.reload();
        assertThat(checkedButton(fatima, 1)).hasText(offlineTick);
        fatima.context().close();
        sanne.context().close();
    }

    @Test
    void behind_the_readme_proxy_with_a_strict_csp_the_sheets_keep_in_step_over_a_websocket() {
        try (var proxy = ReverseProxy.readmeProxy(portalPort(), true, CSP)) {
            Page fatima = sheet("facilitator@groepskracht.demo", proxy.url(""));
            Page sanne = sheet("jgz@groepskracht.demo", proxy.url(""));
            awaitTransport(fatima, "websocket");
            awaitTransport(sanne, "websocket");

            String tick = other(checked(fatima, 1));
            tick(fatima, 1, tick);
            assertThat(checkedButton(sanne, 1)).hasText(tick, WITHIN_5_S);
            assertThat(TRANSPORTS.get(sanne)).as("no fallback behind the README's proxy").isEqualTo("websocket");
            assertKeptToThePolicy(fatima, proxy);
            assertKeptToThePolicy(sanne, proxy);
            fatima.context().close();
            sanne.context().close();
        }
    }

    @Test
    void behind_a_proxy_that_refuses_the_websocket_upgrade_the_sheets_keep_in_step_by_long_polling() {
        try (var proxy = ReverseProxy.readmeProxy(portalPort(), false, CSP)) {
            Page fatima = sheet("facilitator@groepskracht.demo", proxy.url(""));
            Page sanne = sheet("jgz@groepskracht.demo", proxy.url(""));
            // the browser gives up on the WebSocket after one more try (not after a minute)
            awaitTransport(fatima, "long-polling");
            awaitTransport(sanne, "long-polling");

            String tick = other(checked(sanne, 2));
            tick(sanne, 2, tick);
            assertThat(checkedButton(fatima, 2)).hasText(tick, WITHIN_5_S);
            assertKeptToThePolicy(fatima, proxy);
            fatima.context().close();
            sanne.context().close();
        }
    }

    /** The page came with the policy, and the browser refused nothing under it (push included). */
    private static void assertKeptToThePolicy(Page page, ReverseProxy proxy) {
        // the proxy's policy, beside the portal's own: the browser enforces each of them
        assertThat(page.request().get(proxy.url("/vandaag")).headers().get("content-security-policy")).contains(CSP);
        assertThat((List<?>) page.evaluate("() => window.gkRefused")).as("refused under the policy").isEmpty();
    }

    /** The transport the page's push connection works over now, waited for (a fallback takes a retry). */
    private static void awaitTransport(Page page, String transport) {
        page.waitForCondition(() -> transport.equals(TRANSPORTS.get(page)),
                new Page.WaitForConditionOptions().setTimeout(20_000));
    }

    private static int portalPort() {
        return java.net.URI.create(portal().url("/")).getPort();
    }

    private static Page sheet(String facilitator) {
        return sheet(facilitator, portal().url(""));
    }

    /**
     * Signs in on a tablet of its own at {@code base} (the portal, or a proxy in front of it) and opens
     * today's session of the demo group both facilitators lead. The page notes what its policy refused
     * and the transport its push connection works over: a WebSocket that carries frames, or long polling.
     */
    private static Page sheet(String facilitator, String base) {
        Page page = newPage(1024, 768);
        page.addInitScript("""
                window.gkRefused = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.gkRefused.push(e.violatedDirective + ' ' + e.blockedURI));""");
        page.onWebSocket(socket -> {
            if (socket.url().contains("/VAADIN/push")) {
                socket.onFrameReceived(frame -> TRANSPORTS.put(page, "websocket"));
            }
        });
        page.onRequest(request -> {
            if (request.url().contains("/VAADIN/push?") && request.url().contains("Transport=long-polling")) {
                TRANSPORTS.put(page, "long-polling");
            }
        });
        login(page, facilitator, base);
        page.navigate(base + "/vandaag");
        page.locator(".gk-session-card", new Page.LocatorOptions().setHasText("Ouders van pubers Zuilen"))
                .locator("vaadin-button").click();
        assertThat(page.locator("vaadin-radio-group")).hasCount(3);
        return page;
    }

    private static void tick(Page page, int line, String status) {
        page.locator("vaadin-radio-group").nth(line).locator("vaadin-radio-button",
                new Locator.LocatorOptions().setHasText(status)).click();
    }

    private static Locator checkedButton(Page page, int line) {
        return page.locator("vaadin-radio-group").nth(line).locator("vaadin-radio-button[checked]");
    }

    /** The status ticked on a line now ("" when none). */
    private static String checked(Page page, int line) {
        Locator checked = checkedButton(page, line);
        return checked.count() == 0 ? "" : checked.textContent().strip();
    }

    /** A status other than this one. */
    private static String other(String status) {
        return STATUSES.stream().filter(s -> !s.equals(status)).findFirst().orElseThrow();
    }
}
