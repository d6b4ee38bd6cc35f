package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.groepskracht.support.LoginForm;
import nl.groepskracht.support.PortalJourney;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The portal's JavaScript bundle as Chromium gets it on a first visit: the login page (plain HTML) loads none of
 * it; the first portal page after signing in does, every file compressed on the wire and kept by the browser for
 * a year without asking again (its name changes with its content), so a portal page opened by URL later loads
 * none of it again, nor the styles.
 */
class PortalBundleIT extends PortalJourney {

    @Test
    void the_login_page_loads_no_bundle_and_the_first_portal_page_gets_it_compressed_and_kept_for_a_year() {
        Page page = newPage(1280, 800);
        List<Response> bundle = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("/VAADIN/") && response.status() == 200) {
                bundle.add(response);
            }
        });
        page.navigate(portal().url("/login"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
        assertThat(LoginForm.form(page)).containsText("Inloggen");
        Assertions.assertThat(bundle).as("Vaadin files of the login page").isEmpty();

        LoginForm.signIn(page, "facilitator@groepskracht.demo", "groepskracht");
        assertThat(page.locator("h1")).containsText("Welkom");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        List<Response> files = bundle.stream().filter(response -> response.url().contains("/VAADIN/build/")).toList();
        Assertions.assertThat(files).as("bundle files of the first portal page").hasSizeGreaterThan(2);
        for (Response file : files) {
            var headers = file.allHeaders();
            Assertions.assertThat(headers.get("cache-control")).as(file.url())
                    .isEqualTo("public, max-age=31536000, immutable");
            Assertions.assertThat(headers.get("content-encoding")).as(file.url()).isIn("br", "gzip");
        }
        page.context().close();
    }

    @Test
    void a_portal_page_opened_by_url_later_loads_none_of_the_bundle_and_styles_again() {
        Page page = newPage(1280, 800);
        login(page, "facilitator@groepskracht.demo");
        page.navigate(portal().url("/groepen"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
        assertThat(page.locator("#new-group")).isVisible();

        // transferSize 0: taken from the browser's cache without asking; a 304 costs a round trip and its headers
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> files = (List<java.util.Map<String, Object>>) page.evaluate(
                "() => performance.getEntriesByType('resource').filter(e => /\\/VAADIN\\/(build|static)\\/|\\.css/"
                + ".test(e.name)).map(e => ({name: e.name, transferSize: e.transferSize}))");
        Assertions.assertThat(files).as("the bundle's files and styles of the page").hasSizeGreaterThan(5);
        Assertions.assertThat(files).as("asked for again").allSatisfy(file -> Assertions.assertThat(
                ((Number) file.get("transferSize")).intValue()).as((String) file.get("name")).isZero());
        page.context().close();
    }
}
