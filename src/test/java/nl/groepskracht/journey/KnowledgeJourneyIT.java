package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.groepskracht.support.PortalJourney;
import nl.groepskracht.support.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * Fatima (Overvecht) writes down what works, with a draaiboek as PDF; Sanne, starting the same theme
 * elsewhere, finds it by a word that is only in the PDF, opens it and downloads the file.
 */
class KnowledgeJourneyIT extends PortalJourney {

    @Test
    void a_colleague_finds_an_item_by_a_word_in_its_attachment_and_downloads_it() throws Exception {
        String word = "kwartetspel" + (System.nanoTime() % 100_000);
        byte[] pdf = TestFiles.pdf("Draaiboek derde avond", "Werkvorm: het " + word + " over loyaliteit.");
        Path file = Path.of("target/it/draaiboek-derde-avond.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        Page fatima = newPage(1280, 900);
        login(fatima, "facilitator@groepskracht.demo");
        fatima.navigate(portal().url("/kennis"));
        fatima.locator("#new-item").click();
        fatima.locator("#item-title input").fill("Werkvormen voor de derde avond");
        fatima.locator("#item-kind").click();
        fatima.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Materiaal")).click();
        fatima.locator("#item-theme input").fill("Echtsch");
        fatima.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Echtscheiding")).click();
        fatima.locator("#item-wijk input").fill("Overv");
        fatima.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Overvecht")).click();
        fatima.locator("#item-summary textarea").fill("Een spel over loyaliteit dat ouders aan het praten krijgt.");
        // a text of her own: the template's headings alone are refused (knowledge.body.only-template)
        fatima.locator("#item-body-editor textarea").fill("## Waarvoor\n\nDe derde avond, na de pauze.");
        fatima.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/knowledge-editor.png")));
        fatima.locator("#save").click();
        assertThat(fatima.locator("h1")).hasText("Werkvormen voor de derde avond");
        // the upload field's own button in Dutch, as Chromium draws it (issue 24)
        assertThat(fatima.locator("#attachment-upload vaadin-button, #attachment-upload [slot=add-button]").first())
                .containsText("Bestand kiezen");
        nl.groepskracht.support.Screenshots.of("issue24/upload-nl.png", fatima);
        fatima.locator("#attachment-upload input[type=file]").setInputFiles(file);
        assertThat(fatima.locator("#attachments a", new Page.LocatorOptions().setHasText("draaiboek-derde-avond.pdf")))
                .isVisible();
        // a photo of a flip chart of several megabytes: larger uploads than the servlet's default 1 MB go through
        Path photo = file.resolveSibling("flap-derde-avond.png");
        Files.write(photo, TestFiles.noisyPng(1100, 1000));
        fatima.locator("#attachment-upload input[type=file]").setInputFiles(photo);
        assertThat(fatima.locator("#attachments a", new Page.LocatorOptions().setHasText("flap-derde-avond.png")))
                .isVisible();
        logout(fatima);

        Page sanne = newPage(390, 844);
        login(sanne, "jgz@groepskracht.demo");
        sanne.navigate(portal().url("/kennis"));
        // the demo data's draaiboek is searchable too
        sanne.locator("#knowledge-query input").fill("huiswerk");
        assertThat(sanne.locator(".gk-kb-hit", new Page.LocatorOptions().setHasText("Samen ouder blijven: acht avonden")))
                .containsText("in bijlage: draaiboek-samen-ouder-blijven.pdf");
        sanne.locator("#knowledge-query input").fill(word);
        Locator hit = sanne.locator(".gk-kb-hit", new Page.LocatorOptions().setHasText("Werkvormen voor de derde avond"));
        assertThat(hit).containsText("in bijlage: draaiboek-derde-avond.pdf");
        assertThat(hit.locator("mark")).hasText(word);
        sanne.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/knowledge-search-phone.png")));
        hit.locator("a.gk-kb-title").click();
        assertThat(sanne.locator("h1")).hasText("Werkvormen voor de derde avond");
        sanne.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/knowledge-item-phone.png"))
                .setFullPage(true));

        Download download = sanne.waitForDownload(() -> sanne.locator("#attachments a",
                new Page.LocatorOptions().setHasText("draaiboek-derde-avond.pdf")).click());
        assertThat(download.suggestedFilename()).isEqualTo("draaiboek-derde-avond.pdf");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
    }

    @Test
    void a_search_with_a_typo_is_corrected_and_its_address_opens_the_same_search_for_a_colleague() throws Exception {
        Path shots = Path.of("target/screenshots/i20");
        Files.createDirectories(shots);
        Page sanne = newPage(390, 844);
        login(sanne, "jgz@groepskracht.demo");
        sanne.navigate(portal().url("/kennis"));
        sanne.locator("#knowledge-query input").fill("echtscheidnig");
        assertThat(sanne.locator("#did-you-mean-link")).hasText("echtscheiding");
        Locator first = sanne.locator(".gk-kb-hit").first();
        assertThat(first).containsText("Echtscheiding en veranderend ouderschap");
        sanne.waitForURL(url -> url.contains("q=echtscheidnig"));
        sanne.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("typo-phone.png")).setFullPage(true));
        String address = sanne.url();
        String firstTitle = first.locator("a.gk-kb-title").innerText();

        Page fatima = newPage(1280, 900);
        login(fatima, "facilitator@groepskracht.demo");
        fatima.navigate(address);
        assertThat(fatima.locator("#knowledge-query input")).hasValue("echtscheidnig");
        assertThat(fatima.locator(".gk-kb-hit").first().locator("a.gk-kb-title")).hasText(firstTitle);
        fatima.locator("#did-you-mean-link").click();
        assertThat(fatima.locator("#knowledge-query input")).hasValue("echtscheiding");
        fatima.waitForURL(url -> url.contains("q=echtscheiding") && !url.contains("echtscheidnig"));

        // the group page's relevant items are that search for the group's theme, one click from it
        fatima.navigate(portal().url("/groepen"));
        // the groups list is a grid: a row opens its group (its names are no links)
        fatima.locator("#groups vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Samen ouder blijven Overvecht"))
                .first().click();
        fatima.locator("#knowledge-link").click();
        assertThat(fatima.locator("#group-knowledge-relevant .gk-kb-hit").first()).isVisible();
        fatima.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("group-knowledge.png")).setFullPage(true));
        fatima.locator("#group-knowledge-more").click();
        assertThat(fatima.locator("#knowledge-query input")).hasValue("Echtscheiding en veranderend ouderschap");
        fatima.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("theme-search.png")).setFullPage(true));
        logout(fatima);
        logout(sanne);
    }
}
