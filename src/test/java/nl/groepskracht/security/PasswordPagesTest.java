package nl.groepskracht.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.HomeView;
import nl.groepskracht.security.ui.ChangePasswordView;
import nl.groepskracht.security.ui.ForgotPasswordView;
import nl.groepskracht.security.ui.LoginView;
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
    void the_login_page_offers_wachtwoord_vergeten() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Wachtwoord vergeten?");
        LoginFormKt._forgotPassword(form);
        assertThat(shownView()).isEqualTo(ForgotPasswordView.class);
    }

    @Test
    void a_failed_login_shows_the_typed_address_again() {
        // what the security chain's failure handler leaves in the session
        VaadinSession.getCurrent().getSession().setAttribute(FailedLoginHandler.TYPED_EMAIL, "fatima@lokalis.nl");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        // taken before any lookup: Karibu's lookups run a round trip that drops pending JavaScript
        List<Object> putInTheForm = javaScriptParameters();
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(putInTheForm).contains("fatima@lokalis.nl");
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(FailedLoginHandler.TYPED_EMAIL))
                .as("shown once").isNull();
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
        assertThat(shownView()).isEqualTo(LoginView.class);
        NotificationsKt.expectNotifications("Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.");

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

    private static List<Object> javaScriptParameters() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream()).toList();
    }
}
