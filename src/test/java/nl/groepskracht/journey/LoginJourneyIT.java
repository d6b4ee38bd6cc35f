package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import nl.groepskracht.support.LoginForm;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/** In a real browser against the packaged jar: sign in, see the Dutch portal, switch to English, sign out. */
class LoginJourneyIT extends PortalJourney {

    @Test
    void the_demo_facilitator_signs_in_switches_to_english_and_signs_out() {
        Page page = newPage(1280, 800);
        page.navigate(portal().url("/"));

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(LoginForm.form(page)).containsText("Inloggen");
        LoginForm.signIn(page, "facilitator@groepskracht.demo", "groepskracht");

        assertThat(page.locator("h1")).containsText("Welkom, Fatima El Amrani");
        var menu = page.locator("vaadin-side-nav-item");
        assertThat(menu).hasCount(7);
        assertThat(menu.nth(0)).containsText("Start");
        assertThat(menu.nth(1)).containsText("Vandaag");
        assertThat(menu.nth(2)).containsText("Groepen");
        assertThat(menu.nth(3)).containsText("Mijn agenda");
        assertThat(menu.nth(4)).containsText("Kennisbank");
        assertThat(menu.nth(5)).containsText("Vraagsignalen");
        assertThat(menu.nth(6)).containsText("Evaluaties");
        assertThat(page).hasTitle("Start | Groepskracht");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/portal-nl.png")));

        page.locator("#lang-en").click();
        assertThat(menu.nth(0)).containsText("Home");
        assertThat(menu.nth(2)).containsText("Groups");
        assertThat(page.locator("h1")).containsText("Welcome");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/portal-en.png")));

        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(LoginForm.form(page)).containsText("Log in");
    }

    @Test
    void a_double_click_on_inloggen_signs_in_once_and_right_after_a_logout_too() {
        Page page = newPage(1280, 800);
        var posts = new AtomicInteger();
        page.onRequest(request -> {
            if ("POST".equals(request.method()) && request.url().endsWith("/login")) {
                posts.incrementAndGet();
            }
        });
        page.navigate(portal().url("/groepen"));
        LoginForm.email(page).fill("facilitator@groepskracht.demo");
        page.locator("#login-form input[name='password']").fill("groepskracht");
        // without the page's script the second press sends the form again, with the session the first one replaces
        LoginForm.doubleClickSubmit(page);
        assertThat(page.locator("#new-group")).isVisible();
        // Spring's request cache marks the address it sends one back to ("?continue")
        assertThat(page).hasURL(Pattern.compile(".*/groepen(\\?continue)?$"));
        org.assertj.core.api.Assertions.assertThat(posts).as("forms sent").hasValue(1);

        // right after a logout the old page's last requests (its push connection's close) arrive with the ended
        // session's cookie, even after the new sign-in: they must not start a session whose cookie replaces the new one
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        LoginForm.email(page).fill("facilitator@groepskracht.demo");
        page.locator("#login-form input[name='password']").fill("groepskracht");
        LoginForm.doubleClickSubmit(page);
        assertThat(page.locator("h1")).containsText("Welkom, Fatima El Amrani");
        org.assertj.core.api.Assertions.assertThat(posts).as("forms sent in all").hasValue(2);
    }

    @Test
    void the_public_offer_works_without_signing_in() {
        Page page = newPage(360, 740);
        page.navigate(portal().url("/aanbod"));
        assertThat(page.locator("h1")).hasText("Aanbod voor ouders");
        assertThat(page.locator(".gk-card")).not().hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Groups for parents");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/aanbod-phone.png")).setFullPage(true));
    }
}
