package nl.groepskracht.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.WithRole.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.time.Duration;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.HomeView;
import nl.groepskracht.security.ui.IdleWarning;
import nl.groepskracht.security.ui.SecondFactorSetupView;
import nl.groepskracht.security.ui.SecondFactorView;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The sign-in pages as a professional sees them: setting up the app, the code, the warning before idle logout. */
class SignInPagesTest extends KaribuTest {

    @Autowired
    UserService users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    TotpCodes app;

    @Test
    void setting_up_the_app_then_signing_in_with_its_code_and_remembering_the_device() {
        var draft = UserServiceTest.draft(UserServiceTest.unique("app"), Role.ADVISEUR);
        long id = as(Roles.ADMIN, () -> users.create(draft)).id();
        signInAt(id, SignInStep.ENROL_SECOND_FACTOR);

        navigate("groepen");
        assertThat(_get(SecondFactorSetupView.class)).as("sent to set the app up first").isNotNull();
        assertThat(_get(Image.class, spec -> spec.withId("totp-qr")).getSrc()).startsWith("data:image/svg+xml;base64,");
        String secret = _get(Span.class, spec -> spec.withId("totp-secret")).getText().replace(" ", "");
        _get(TextField.class, spec -> spec.withId("second-factor-code")).setValue(app.code(secret, app.currentStep()));
        _click(_get(Button.class, spec -> spec.withId("confirm-second-factor")));
        assertThat(_get(OrderedList.class, spec -> spec.withId("recovery-codes")).getChildren()
                .filter(ListItem.class::isInstance)).hasSize(10);

        signInAt(id, SignInStep.SECOND_FACTOR);
        navigate("agenda");
        assertThat(_get(SecondFactorView.class)).isNotNull();
        _get(TextField.class, spec -> spec.withId("second-factor-code"))
                .setValue(app.code(secret, app.currentStep() + 1));
        _get(Checkbox.class, spec -> spec.withId("remember-device")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("verify-code")));
        assertThat(_get(HomeView.class)).as("in").isNotNull();
        var cookie = ((FakeResponse) VaadinServletResponse.getCurrent().getResponse()).findCookie(DeviceMemory.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void a_minute_before_an_idle_logout_the_page_asks_and_typing_or_staying_keeps_the_session() {
        var clock = new MutableClock();
        var policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12), Duration.ofMinutes(1), clock);
        var http = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        policy.started(http);
        var watch = new IdleWarning(policy);
        UI.getCurrent().add(watch);

        clock.advance(Duration.ofMinutes(25));
        watch.active();
        clock.advance(Duration.ofMinutes(28));
        watch.check();
        assertThat(_find(Dialog.class, spec -> spec.withId("idle-warning-dialog"))).as("typing counted").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        watch.check();
        Dialog warning = _get(Dialog.class, spec -> spec.withId("idle-warning-dialog"));
        assertThat(warning.getHeaderTitle()).isEqualTo("Bent u er nog?");
        assertThat(_get(warning, Paragraph.class).getText()).contains("Over een minuut wordt u uitgelogd",
                "nog niet hebt opgeslagen, gaat dan verloren");
        _click(_get(Button.class, spec -> spec.withId("stay-signed-in")));
        clock.advance(Duration.ofMinutes(2));
        watch.check();
        assertThat(_find(Dialog.class, spec -> spec.withId("idle-warning-dialog"))).as("stayed").isEmpty();
        assertThat(policy.ending(http)).isEmpty();

        clock.advance(Duration.ofMinutes(30));
        assertThat(policy.ending(http)).contains(SessionPolicy.Ending.IDLE);
    }

    // what the login page says after the session ended (no Vaadin view any more): LoginPageTest
    // .the_page_says_why_a_session_ended_why_a_form_was_refused_and_that_a_password_was_changed

    /** Signed in as the password check leaves it: the account's principal with this step still to do. */
    private void signInAt(long accountId, SignInStep step) {
        var principal = new AccountPrincipal(accounts.findById(accountId).orElseThrow(), Set.of(step));
        var auth = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((p, role) -> true);
    }
}
