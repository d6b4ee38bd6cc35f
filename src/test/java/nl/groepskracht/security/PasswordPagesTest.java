package nl.groepskracht.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.HomeView;
import nl.groepskracht.security.ui.ChangePasswordView;
import nl.groepskracht.security.ui.ForgotPasswordView;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What a professional sees of "Wachtwoord vergeten", the e-mailed link and the first password. */
class PasswordPagesTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void wachtwoord_vergeten_leads_back_to_the_login_page() {
        // the login page's own link here is in LoginPageTest, as is the typed address after a failed login
        navigate("wachtwoord-vergeten");
        assertThat(shownView()).isEqualTo(ForgotPasswordView.class);
        Anchor back = _get(Anchor.class, spec -> spec.withId("back-to-login"));
        assertThat(back.getText()).isEqualTo("Terug naar inloggen");
        assertThat(back.getHref()).isEqualTo("login");
        assertThat(back.isRouterIgnore()).as("a page load: the login page is no view").isTrue();
    }

    @Test
    void asking_for_a_link_answers_the_same_for_a_known_and_an_unknown_address() {
        String known = UserServiceTest.unique("bekend");
        as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(known, Role.ADVISEUR)));
        String unknown = UserServiceTest.unique("onbekend");

        String answerKnown = ask(known);
        String answerUnknown = ask(unknown);

        assertThat(answerKnown).isEqualTo(answerUnknown).startsWith("Als er een account bij dit adres hoort");
        assertThat(outbox(known)).hasSize(1);
        assertThat(outbox(unknown)).isEmpty();
    }

    @Test
    void the_link_opens_a_page_to_choose_a_new_password_and_then_the_login_page() {
        String email = UserServiceTest.unique("link");
        as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.ADVISEUR)));
        ask(email);
        String token = token(outbox(email).getFirst());

        navigate("wachtwoord-herstellen/" + token);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("een lange zin als wachtwoord");
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("een andere lange zin");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("repeat-password")).getErrorMessage())
                .isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");

        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("een lange zin als wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        // the login page (server-rendered) says the password was changed: LoginPageTest
        assertThat(browserSentTo()).isEqualTo("login?reset");

        navigate("wachtwoord-herstellen/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reset-expired")).getText())
                .startsWith("Deze link werkt niet meer");
    }

    @Test
    void a_generated_password_must_be_replaced_before_anything_else() {
        String email = UserServiceTest.unique("eerste");
        var created = as(Roles.ADMIN, () -> users.create(UserServiceTest.draft(email, Role.FACILITATOR)));
        signInWithPrincipal(accounts.findById(created.id()).orElseThrow());

        navigate("groepen");
        assertThat(shownView()).isEqualTo(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("password-intro")).getText())
                .contains("een wachtwoord dat de beheerder voor u heeft gemaakt");
        navigate("agenda");
        assertThat(shownView()).isEqualTo(ChangePasswordView.class);

        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue(created.password());
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("kort");
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("kort");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).getErrorMessage())
                .isEqualTo("Kies een wachtwoord van minstens 12 tekens.");

        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("mijn eigen lange wachtwoord");
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue("mijn eigen lange wachtwoord");
        _click(_get(Button.class, spec -> spec.withId("save-password")));
        assertThat(shownView()).isEqualTo(HomeView.class);
        navigate("agenda");
        assertThat(shownView()).isEqualTo(nl.groepskracht.calendar.ui.MyCalendarView.class);
        assertThat(accounts.findById(created.id()).orElseThrow().mustChangePassword()).isFalse();
    }

    private String ask(String email) {
        navigate("wachtwoord-vergeten");
        _get(EmailField.class, spec -> spec.withId("forgot-email")).setValue(email);
        _click(_get(Button.class, spec -> spec.withId("send-reset")));
        return _get(Paragraph.class, spec -> spec.withId("forgot-answer")).getText();
    }

    private List<String> outbox(String email) {
        return jdbc.queryForList("select body_text from outbox_mail where recipient = ? order by id", String.class,
                email);
    }

    private static String token(String mail) {
        Matcher link = Pattern.compile("/wachtwoord-herstellen/([A-Za-z0-9_-]{43})").matcher(mail);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    /** Signed in as the login form does it: with the account's principal, the first password still to replace. */
    private void signInWithPrincipal(UserAccount account) {
        var principal = new AccountPrincipal(account, java.util.Set.of(SignInStep.OWN_PASSWORD));
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> role.equals(account.getRole().name()));
    }
}
