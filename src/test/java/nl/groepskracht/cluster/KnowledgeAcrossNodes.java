package nl.groepskracht.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.groepskracht.support.Browser;

/**
 * Facilitators save knowledge items on one portal node and a colleague searches for them on the other, in
 * Chromium through nginx, as people do: a browser's session lives on the node named in its session id
 * ({@code JSESSIONID=….nodeA}), so a new browser is opened until nginx's round robin gave it the wanted node.
 */
final class KnowledgeAcrossNodes implements AutoCloseable {

    private final String base;
    private final Playwright playwright = Browser.playwright();
    private final com.microsoft.playwright.Browser browser = Browser.chromium(playwright);

    KnowledgeAcrossNodes(String base) {
        this.base = base;
        // two busy cores: a save that writes to OpenSearch before it returns may take longer than 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    /** A signed-in demo professional whose session lives on the node with this route. */
    Page signedInOn(String route, String email) {
        for (int attempt = 0; attempt < 12; attempt++) {
            BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 900).setLocale("nl-NL"));
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(base + "/login");
            nl.groepskracht.support.LoginForm.signIn(page, email, "groepskracht");
            assertThat(page.locator("h1")).containsText("Welkom");
            if (context.cookies().stream().filter(c -> "JSESSIONID".equals(c.name)).map((Cookie c) -> c.value)
                    .anyMatch(v -> v.endsWith("." + route))) {
                return page;
            }
            context.close();
        }
        throw new IllegalStateException("nginx gave no browser a session on " + route);
    }

    /** Saves an item whose text holds the word; returns when the item's page shows it (saved). */
    void save(Page page, String title, String word) {
        page.navigate(base + "/kennis");
        page.locator("#new-item").click();
        page.locator("#item-title input").fill(title);
        page.locator("#item-kind").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Materiaal")).click();
        page.locator("#item-theme input").fill("Echtsch");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Echtscheiding")).click();
        page.locator("#item-wijk input").fill("Overv");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Overvecht")).click();
        page.locator("#item-summary textarea").fill("Een werkvorm met het " + word + " voor ouders die uit elkaar gaan.");
        page.locator("#item-body-editor textarea").fill("## Waarvoor\n\nDe tweede avond: het " + word + ".");
        // the text reached the node (its preview shows it) before the save, as when a person types: on two busy
        // cores the lazy value sync otherwise came after the click, and the node refused the template's headings
        assertThat(page.locator("#item-preview")).containsText(word);
        page.locator("#save").click();
        assertThat(page.locator("h1")).hasText(title);
    }

    /**
     * Searches for the word until the item's title is among the hits, at most {@code max}; the seconds from the
     * call until it was found, or -1 when it was not.
     */
    double secondsUntilFound(Page page, String word, String title, Duration max) {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        while (System.nanoTime() < deadline) {
            page.navigate(base + "/kennis?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
            try {
                page.locator(".gk-kb-hit", new Page.LocatorOptions().setHasText(title)).first()
                        .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(3_000));
                return (System.nanoTime() - start) / 1e9;
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                // not (yet) found: search again
            }
        }
        return -1;
    }

    /** Items saved on each node and searched for on the other one: the figure the proof prints. */
    String savedOnOneFoundOnTheOther(String a, String b, int each, String run) {
        StringBuilder figure = new StringBuilder();
        for (String[] pair : new String[][] {{a, b}, {b, a}}) {
            Page writer = signedInOn(pair[0], "facilitator@groepskracht.demo");
            Page reader = signedInOn(pair[1], "jgz@groepskracht.demo");
            int found = 0;
            int refused = 0;
            double slowest = 0;
            for (int i = 0; i < each; i++) {
                String word = "knooppunt" + run + pair[0].toLowerCase() + i;
                String title = "Werkvorm " + word;
                try {
                    save(writer, title, word);
                } catch (AssertionError notSaved) {
                    // a figure, not the end of the proof: the editor's state is kept for whoever looks into it
                    writer.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(java.nio.file.Path.of(
                            "target", "cluster", "not-saved-" + word + ".png")));
                    refused++;
                    continue;
                }
                double seconds = secondsUntilFound(reader, word, title, Duration.ofSeconds(60));
                if (seconds >= 0) {
                    found++;
                    slowest = Math.max(slowest, seconds);
                }
            }
            figure.append(String.format("%d of %d items saved on %s found by a search on %s (the slowest %.1f s after"
                    + " the save returned), %d not saved (editor still open: target/cluster/not-saved-*.png); ",
                    found, each, pair[0], pair[1], slowest, refused));
            writer.context().close();
            reader.context().close();
        }
        return figure.toString().strip();
    }

    /**
     * While the search is down ({@code stop}, then {@code start} once the outage is over) an item is saved on
     * {@code a}; afterwards it is searched for on {@code b}. What the person saw, and whether the item is found.
     */
    String savedWhileSearchIsDown(String a, String b, String run, Runnable stop, Runnable start) {
        Page writer = signedInOn(a, "facilitator@groepskracht.demo");
        Page reader = signedInOn(b, "jgz@groepskracht.demo");
        String word = "storing" + run;
        String title = "Werkvorm " + word;
        String saving;
        stop.run();
        try {
            save(writer, title, word);
            saving = "the save succeeded";
        } catch (RuntimeException | AssertionError e) {
            saving = "the save failed (" + e.getClass().getSimpleName() + ")";
        }
        start.run();
        double seconds = secondsUntilFound(reader, word, title, Duration.ofSeconds(90));
        writer.context().close();
        reader.context().close();
        return saving + " while OpenSearch was down; after its restart the item was "
                + (seconds < 0 ? "NOT found on " + b + " within 90 s" : String.format("found on %s after %.1f s", b, seconds));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
