package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.WaitUntilState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.groepskracht.support.PortalJourney;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The portal's JavaScript bundle as Chromium gets it on a first visit: every file compressed on the wire and
 * kept by the browser for a year without asking again (its name changes with its content), so a portal page
 * opened by URL later loads none of it again.
 */
class PortalBundleIT extends PortalJourney {

    @Test
    void the_bundle_of_the_login_page_comes_compressed_and_is_kept_unchanged_for_a_year() {
        Page page = newPage(1280, 800);
        List<Response> bundle = new CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("/VAADIN/build/") && response.status() == 200) {
                bundle.add(response);
            }
        });
        page.navigate(portal().url("/login"), new Page.NavigateOptions().setWaitUntil(WaitUntilState.NETWORKIDLE));
        assertThat(page.locator("vaadin-login-form")).containsText("Inloggen");

        Assertions.assertThat(bundle).as("bundle files of the login page").hasSizeGreaterThan(2);
        for (Response file : bundle) {
            var headers = file.allHeaders();
            Assertions.assertThat(headers.get("cache-control")).as(file.url())
                    .isEqualTo("public, max-age=31536000, immutable");
            Assertions.assertThat(headers.get("content-encoding")).as(file.url()).isIn("br", "gzip");
        }
        page.context().close();
    }
}
