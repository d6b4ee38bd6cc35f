package nl.groepskracht.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** A professional signed in with a password the administrator made chooses their own, as the portal asks first. */
public final class FirstPassword {

    private FirstPassword() {
    }

    public static void replace(Page page, String generated, String chosen) {
        assertThat(page.locator("h1")).containsText("Kies uw eigen wachtwoord");
        page.locator("#current-password input").fill(generated);
        page.locator("#new-password input").fill(chosen);
        page.locator("#repeat-password input").fill(chosen);
        page.locator("#save-password").click();
        assertThat(page.locator("h1")).containsText("Welkom");
    }
}
