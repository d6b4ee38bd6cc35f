package nl.groepskracht.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.groepskracht.base.ui.LanguageSwitch;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.security.FailedLoginHandler;
import org.springframework.beans.factory.annotation.Value;

/** The portal's sign-in page, in the language of the cookie (Dutch by default). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final LoginForm login = new LoginForm();

    LoginView(@Value("${groepskracht.demo-data.enabled:false}") boolean demoData) {
        addClassName("gk-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setI18n(translatedTexts());
        login.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        var card = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), login);
        card.addClassName("gk-login-card");
        if (demoData) {
            var demo = new Paragraph(getTranslation("login.demo-hint"));
            demo.addClassName("gk-hint");
            card.add(demo);
        }
        card.add(new LanguageSwitch());
        add(card);
    }

    private LoginI18n translatedTexts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("validation.required"));
        i18n.getErrorMessage().setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        login.setError(failed);
        if (failed) {
            showTypedEmailAgain();
        }
    }

    /** After a failed login the form shows the address typed (kept in the session by the security chain). */
    private void showTypedEmailAgain() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(FailedLoginHandler.TYPED_EMAIL) instanceof String typed) {
            session.removeAttribute(FailedLoginHandler.TYPED_EMAIL);
            login.getElement().executeJs("""
                    this.updateComplete.then(() => {
                      const username = this.querySelector('#vaadinLoginUsername');
                      if (username) {
                        username.value = $0;
                        requestAnimationFrame(() => requestAnimationFrame(
                            () => this.querySelector('#vaadinLoginPassword').focus()));
                      }
                    });""", typed);
        }
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
