package nl.groepskracht.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.support.FirstPassword;
import nl.groepskracht.support.LoginForm;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.PortalJourney;
import org.junit.jupiter.api.Test;

/**
 * In a real browser against the packaged jar: a new professional's first password, a failed login that
 * keeps the address, "Wachtwoord vergeten" with the e-mail as it arrives, and two sessions of which only
 * the one that changed the password stays signed in.
 */
class PasswordJourneyIT extends PortalJourney {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/wachtwoord-herstellen/[A-Za-z0-9_-]{43}");

    @Test
    void a_new_professional_chooses_a_password_forgets_it_and_sets_a_new_one_through_the_mailed_link()
            throws Exception {
        String email = "nieuw.wachtwoord." + System.nanoTime() + "@groepskracht.demo";
        String generated = newAccount(email);
        Page page = newPage(390, 844);

        signIn(page, email, generated);
        assertThat(page).hasURL(Pattern.compile(".*/wachtwoord$"));
        page.navigate(portal().url("/groepen"));
        assertThat(page.locator("h1")).containsText("Kies uw eigen wachtwoord");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("#new-password vaadin-password-field-button"))
                .hasAttribute("aria-label", "Wachtwoord tonen");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/first-password-phone.png")));
        FirstPassword.replace(page, generated, "mijn eigen lange wachtwoord");
        // on a phone the menu (with "Uitloggen") is behind the toggle
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu openen of sluiten")).click();
        logout(page);

        signIn(page, email, "verkeerd wachtwoord");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(LoginForm.email(page)).hasValue(email);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wachtwoord vergeten?")).click();
        assertThat(page).hasURL(Pattern.compile(".*/wachtwoord-vergeten$"));
        page.locator("#forgot-email input").fill(email);
        page.locator("#send-reset").click();
        assertThat(page.locator("#forgot-answer")).containsText("Als er een account bij dit adres hoort");

        String link = linkInMailTo(email);
        page.navigate(link);
        assertThat(page.locator("h1")).containsText("Nieuw wachtwoord kiezen");
        page.locator("#new-password input").fill("weer een nieuw wachtwoord");
        page.locator("#repeat-password input").fill("weer een nieuw wachtwoord");
        page.locator("#save-password").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?reset$"));
        assertThat(page.locator("#login-notice")).hasText("Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.");

        // the new password also lets this client in again after the wrong one above
        signIn(page, email, "weer een nieuw wachtwoord");
        assertThat(page.locator("h1")).containsText("Welkom");
        page.navigate(link);
        assertThat(page.locator("#reset-expired")).containsText("Deze link werkt niet meer");
    }

    @Test
    void the_session_that_changes_the_password_stays_signed_in_and_the_other_ends() {
        String email = "twee.sessies." + System.nanoTime() + "@groepskracht.demo";
        String generated = newAccount(email);
        Page here = newPage(1280, 800);
        signIn(here, email, generated);
        FirstPassword.replace(here, generated, "mijn eigen lange wachtwoord");
        Page elsewhere = newPage(1280, 800);
        signIn(elsewhere, email, "mijn eigen lange wachtwoord");
        assertThat(elsewhere.locator("h1")).containsText("Welkom");

        here.locator("#change-password").click();
        here.locator("#current-password input").fill("mijn eigen lange wachtwoord");
        here.locator("#new-password input").fill("nog een ander lang wachtwoord");
        here.locator("#repeat-password input").fill("nog een ander lang wachtwoord");
        here.locator("#save-password").click();
        assertThat(here.locator("h1")).containsText("Welkom");

        here.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Groepen")).click();
        assertThat(here).hasURL(Pattern.compile(".*/groepen$"));
        elsewhere.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Groepen")).click();
        // the ended session's page says so on the login page (issue 22's session notice)
        assertThat(elsewhere).hasURL(Pattern.compile(".*/login(\\?timeout)?$"));
    }

    @Test
    void the_date_picker_and_the_accessible_names_are_dutch() {
        Page page = newPage(1280, 800);
        login(page, "facilitator@groepskracht.demo");
        assertThat(page.locator("vaadin-drawer-toggle")).hasAttribute("aria-label", "Menu openen of sluiten");
        page.navigate(portal().url("/groepen"));
        assertThat(page.locator("#groups vaadin-grid-sorter").first()).hasAttribute("aria-label",
                Pattern.compile("^Sorteer op .+"));
        page.locator("vaadin-date-picker").first().locator("input").click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vandaag"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren"))).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/it/date-picker-nl.png")));
        page.keyboard().press("Escape");
    }

    /** The administrator makes the account; returns the generated password shown once. */
    private static String newAccount(String email) {
        Page admin = newPage(1280, 900);
        login(admin, "admin@groepskracht.demo");
        admin.navigate(portal().url("/gebruikers"));
        admin.locator("#new-user").click();
        admin.locator("#email input").fill(email);
        admin.locator("#display-name input").fill("Nieuwe Professional");
        admin.locator("#role").click();
        admin.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Facilitator")).click();
        admin.locator("#save").click();
        String password = admin.locator("#generated-password").textContent().strip();
        admin.context().close();
        return password;
    }

    private static void signIn(Page page, String email, String password) {
        page.navigate(portal().url("/login"));
        LoginForm.signIn(page, email, password);
    }

    private static String linkInMailTo(String email) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            List<MimeMessage> mails = Mails.to(receivedMails(), email);
            if (!mails.isEmpty()) {
                Matcher link = LINK.matcher(Mails.text(mails.getLast()));
                if (link.find()) {
                    return link.group();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail with a link to " + email);
    }
}
