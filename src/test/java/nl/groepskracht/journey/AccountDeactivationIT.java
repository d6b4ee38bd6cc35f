package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import nl.groepskracht.support.FirstPassword;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * Two browsers: an administrator makes an account for a new facilitator, who signs in, chooses their
 * own password and makes a calendar feed; the administrator deactivates the account; the facilitator's
 * open tab lands on the login page at its next click, and the feed answers 404.
 */
class AccountDeactivationIT extends PortalJourney {

    @Test
    void deactivating_an_account_ends_its_open_session_and_its_feed() throws Exception {
        Page admin = newPage(1280, 900);
        login(admin, "admin@groepskracht.demo");
        admin.navigate(portal().url("/gebruikers"));
        String email = "nieuw." + System.nanoTime() + "@groepskracht.demo";
        admin.locator("#new-user").click();
        admin.locator("#email input").fill(email);
        admin.locator("#display-name input").fill("Nieuwe Begeleider");
        admin.locator("#role").click();
        admin.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Facilitator")).click();
        admin.locator("#save").click();
        String password = admin.locator("#generated-password").textContent().strip();
        admin.locator("#close-password").click();

        Page facilitator = newPage(1280, 900);
        facilitator.navigate(portal().url("/login"));
        nl.groepskracht.support.LoginForm.signIn(facilitator, email, password);
        FirstPassword.replace(facilitator, password, "mijn eigen lange wachtwoord");
        facilitator.navigate(portal().url("/agenda"));
        facilitator.locator("#feed-regenerate").click();
        String feed = facilitator.locator("#feed-url input").inputValue();
        org.assertj.core.api.Assertions.assertThat(status(feed)).isEqualTo(200);

        admin.locator("#users vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(email)).click();
        admin.locator("#toggle-active").click();
        // the dialog asks once more (it names the groups the person leads: none yet)
        admin.locator("#confirm-deactivate").click();

        facilitator.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Groepen")).click();
        assertThat(facilitator).hasURL(Pattern.compile(".*/login(\\?timeout)?$"));
        org.assertj.core.api.Assertions.assertThat(status(feed)).isEqualTo(404);
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
