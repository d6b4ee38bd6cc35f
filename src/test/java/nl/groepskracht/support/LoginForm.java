package nl.groepskracht.support;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The portal's login page (server-rendered HTML, {@code security.web.LoginPage}) as a person uses it in the
 * browser: the one place the journeys and the benchmarks know its form and fields.
 */
public final class LoginForm {

    private LoginForm() {
    }

    /** The form with its heading, the message of a failed sign-in and its fields. */
    public static Locator form(Page page) {
        return page.locator("#login-form");
    }

    public static Locator email(Page page) {
        return page.locator("#login-form input[name='username']");
    }

    /** Types the address and the password and presses "Inloggen", as a person does. */
    public static void signIn(Page page, String email, String password) {
        email(page).fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
    }
}
