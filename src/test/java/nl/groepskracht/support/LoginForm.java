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

    /** The button "Inloggen". */
    public static Locator submit(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"));
    }

    /**
     * A person's double click on "Inloggen": press and release twice, 80 ms each, so the second press comes while
     * the first one's sign-in is on its way (Playwright's own dblclick is so fast that the browser sends one form).
     */
    public static void doubleClickSubmit(Page page) {
        var box = submit(page).boundingBox();
        page.mouse().dblclick(box.x + box.width / 2, box.y + box.height / 2,
                new com.microsoft.playwright.Mouse.DblclickOptions().setDelay(80));
    }

    /** Types the address and the password and presses "Inloggen", as a person does. */
    public static void signIn(Page page, String email, String password) {
        email(page).fill(email);
        page.locator("#login-form input[name='password']").fill(password);
        submit(page).click();
    }
}
