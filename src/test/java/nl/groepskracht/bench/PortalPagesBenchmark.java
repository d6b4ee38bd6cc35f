package nl.groepskracht.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.groepskracht.support.LoginForm;
import nl.groepskracht.support.PortalProcess;
import org.junit.jupiter.api.Test;

/**
 * The portal as a professional waits for it, in Chromium: the login page on a first visit (empty cache),
 * portal pages opened by URL when logged in (the bundle cached from the login), each the median of 5 loads
 * until the network is idle (the last response's end in the page's own timeline, so Playwright's 500 ms of
 * quiet are not counted); and the live heap each logged-in professional costs the server with four views
 * opened ({@code -Dbench.sessions}, 20).
 */
class PortalPagesBenchmark {

    private static final int LOADS = 5;
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 20);
    private static final long KEEP_ALIVE_PASSED_MS = 25_000;
    /** Counted per session besides the classes that grew most: what holds the rest (a UI per page load, push). */
    private static final List<String> WATCHED = List.of("com.vaadin.flow.server.VaadinSession",
            "com.vaadin.flow.component.UI", "com.vaadin.flow.internal.StateTree", "com.vaadin.flow.internal.StateNode",
            "org.apache.catalina.session.StandardSession", "org.apache.tomcat.websocket.WsSession",
            "org.atmosphere.cpr.AtmosphereResourceImpl", "org.apache.tomcat.websocket.server.WsFrameServer",
            "org.apache.tomcat.util.net.NioChannel", "org.apache.tomcat.util.net.SocketBufferHandler",
            "org.apache.coyote.http11.Http11Processor", "java.nio.HeapByteBuffer", "java.nio.HeapCharBuffer");
    private static final String LAST_RESPONSE = "() => { const n = performance.getEntriesByType('navigation')[0];"
            + " return Math.max(n.loadEventEnd, n.responseEnd,"
            + " ...performance.getEntriesByType('resource').map(e => e.responseEnd)); }";

    /**
     * Where a load's time goes, from the page's own timeline: the server's time for the page itself (request
     * to first byte), for Vaadin's init round trip (none if the page came with its view, Vaadin's
     * {@code eagerServerLoad}) and for the round trips after it (the first builds the view: the client's navigation
     * event; the next ones carry the app layout's, side nav's and other components' first property values back, or
     * confirm a grid's first data), the requests, bytes over the wire and
     * the bundle's files (their size unpacked, and what of it came over the wire: 0 from the browser's cache).
     */
    private static final String COST = "() => { const n = performance.getEntriesByType('navigation')[0];"
            + " const r = performance.getEntriesByType('resource'); const kb = (a, f) => Math.round(a.reduce((s, e)"
            + " => s + e[f], 0) / 1024); const ms = e => Math.round(e.responseStart - e.requestStart);"
            + " const b = r.filter(e => e.name.includes('/VAADIN/build/'));"
            + " const init = r.filter(e => e.name.includes('v-r=init'));"
            + " const uidl = r.filter(e => e.name.includes('v-r=uidl'));"
            + " return 'page ' + ms(n) + ' ms at the server, init ' + (init.length ? init.map(ms).join('+')"
            + " + ' ms' : 'none') + ', then ' + (uidl.length ? uidl.length + ' round trips (the view built, then the"
            + " components\\' first property values and a grid\\'s first data) ' + uidl.map(ms).join('+')"
            + " + ' ms at the server' : 'no round trip') + '; '"
            + " + (r.length + 1) + ' requests, ' + kb(r.concat([n]), 'transferSize') + ' KB over the wire; bundle '"
            + " + b.length + ' files, ' + kb(b, 'decodedBodySize') + ' KB unpacked, ' + kb(b, 'transferSize')"
            + " + ' KB over the wire'; }";

    @Test
    void page_times_and_heap_per_session() throws Exception {
        PortalProcess portal = BenchPortal.shared();
        try (Playwright playwright = nl.groepskracht.support.Browser.playwright();
                Browser chromium = nl.groepskracht.support.Browser.chromium(playwright)) {
            List<Double> login = new ArrayList<>();
            String loginCost = "";
            for (int i = 0; i < LOADS; i++) {
                try (BrowserContext fresh = chromium.newContext()) {
                    Page page = fresh.newPage();
                    login.add(load(page, portal.url("/login")));
                    loginCost = (String) page.evaluate(COST);
                }
            }
            BenchSummary.add("login page, first visit (median of " + LOADS + ")", millis(login));
            BenchSummary.add("  what the last one cost", loginCost);
            try (BrowserContext context = chromium.newContext()) {
                Page page = context.newPage();
                logIn(page, portal);
                for (String path : new String[] {"/", "/groepen", "/vandaag", "/kennis"}) {
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i < LOADS; i++) {
                        times.add(load(page, portal.url(path)));
                    }
                    BenchSummary.add("portal page " + path + " by URL, logged in (median of " + LOADS + ")",
                            millis(times));
                    BenchSummary.add("  what the last one cost", (String) page.evaluate(COST));
                }
            }
            heapPerSession(chromium, portal);
        }
    }

    /**
     * Live objects after {@link #SESSIONS} professionals each logged in and opened four views from the menu, their
     * tabs left open (each with its push WebSocket). The reading waits past Tomcat's keep-alive (20 s), so the
     * browsers' idle extra connections, closed by then, are not counted: what stays is what a professional with
     * the portal open costs all day. Prints the classes that grew most, per session.
     */
    private static void heapPerSession(Browser chromium, PortalProcess portal) throws Exception {
        for (int i = 0; i < 2; i++) {
            try (BrowserContext warmUp = chromium.newContext()) {
                Page page = warmUp.newPage();
                openFourViews(page, portal);
                page.locator("#logout").click();
                page.waitForURL("**/login");
            }
        }
        Map<String, long[]> before = settled(portal);
        List<BrowserContext> open = new ArrayList<>();
        try {
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext context = chromium.newContext();
                open.add(context);
                openFourViews(context.newPage(), portal);
            }
            Thread.sleep(KEEP_ALIVE_PASSED_MS);
            Map<String, long[]> after = settled(portal);
            long grown = ServerHeap.liveBytes(after) - ServerHeap.liveBytes(before);
            BenchSummary.add("live heap per logged-in professional (4 views, tab open, " + SESSIONS + " sessions)",
                    String.format("%.0f KB (all live objects counted after a full collection, before %.1f MB, after"
                            + " %.1f MB; %s push WebSockets open)", grown / 1024.0 / SESSIONS,
                            ServerHeap.liveBytes(before) / 1048576.0, ServerHeap.liveBytes(after) / 1048576.0,
                            grown(before, after, "org.apache.tomcat.websocket.WsSession")[0]));
            System.out.println("BENCH heap per session, the classes that grew most:");
            after.keySet().stream().sorted(Comparator.comparingLong(name -> -grown(before, after, name)[1])).limit(25)
                    .forEach(name -> System.out.printf("BENCH   %7.1f KB %7.1f objects  %s%n",
                            grown(before, after, name)[1] / 1024.0 / SESSIONS,
                            grown(before, after, name)[0] / (double) SESSIONS, name));
            System.out.println("BENCH heap per session, what a session holds:");
            for (String name : WATCHED) {
                System.out.printf("BENCH   %7.1f KB %7.1f objects  %s%n", grown(before, after, name)[1] / 1024.0 / SESSIONS,
                        grown(before, after, name)[0] / (double) SESSIONS, name);
            }
            String dump = System.getProperty("bench.heap-dump");
            if (dump != null) {
                ServerHeap.dump(portal.pid(), dump);
                System.out.println("BENCH heap dump with the sessions open: " + dump);
            }
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    /** Live objects read twice, the second kept: the first collection after a busy spell leaves some to the next. */
    private static Map<String, long[]> settled(PortalProcess portal) throws Exception {
        ServerHeap.liveObjects(portal.pid());
        return ServerHeap.liveObjects(portal.pid());
    }

    private static long[] grown(Map<String, long[]> before, Map<String, long[]> after, String name) {
        long[] was = before.getOrDefault(name, new long[2]);
        long[] now = after.getOrDefault(name, new long[2]);
        return new long[] {now[0] - was[0], now[1] - was[1]};
    }

    private static void openFourViews(Page page, PortalProcess portal) {
        logIn(page, portal);
        for (String[] item : new String[][] {{"Vandaag", "vandaag"}, {"Groepen", "groepen"}, {"Kennisbank", "kennis"}}) {
            page.locator("vaadin-side-nav-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(item[0])).first().click();
            page.waitForURL("**/" + item[1]);
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }
    }

    private static void logIn(Page page, PortalProcess portal) {
        page.navigate(portal.url("/login"));
        LoginForm.signIn(page, "facilitator@groepskracht.demo", "groepskracht");
        assertThat(page.locator("h1")).containsText("Welkom");
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    /** Milliseconds from the start of navigation until the last response of the page ended. */
    private static double load(Page page, String url) {
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
        return ((Number) page.evaluate(LAST_RESPONSE)).doubleValue();
    }

    private static String millis(List<Double> times) {
        List<Double> sorted = times.stream().sorted().toList();
        return String.format("median %.0f ms (min %.0f, max %.0f)", sorted.get(sorted.size() / 2), sorted.getFirst(),
                sorted.getLast());
    }
}
