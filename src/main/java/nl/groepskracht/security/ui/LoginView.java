package nl.groepskracht.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
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
import nl.groepskracht.security.OrganisationLogins;
import org.springframework.beans.factory.annotation.Value;

/** The portal's sign-in page, in the language of the cookie (Dutch by default). */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView(@Value("${groepskracht.demo-data.enabled:false}") boolean demoData, OrganisationLogins organisations) {
        addClassName("gk-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setI18n(translatedTexts("login.error.title", "login.error.message"));
        login.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        notice.setId("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        var card = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")), notice,
                login);
        card.addClassName("gk-login-card");
        for (OrganisationLogins.Option option : organisations.options()) {
            // Spring Security's OpenID Connect redirect, not a Vaadin route
            var organisation = new Anchor("oauth2/authorization/" + option.registrationId(),
                    getTranslation("login.organisation", option.organisation()));
            organisation.setRouterIgnore(true);
            organisation.setId("login-" + option.registrationId());
            organisation.addClassName("gk-login-organisation");
            card.add(new Paragraph(organisation));
        }
        if (demoData) {
            var demo = new Paragraph(getTranslation("login.demo-hint"));
            demo.addClassName("gk-hint");
            card.add(demo);
        }
        card.add(new LanguageSwitch());
        add(card);
    }

    private LoginI18n translatedTexts(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitle));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessage));
        i18n.getErrorMessage().setUsername(getTranslation("validation.required"));
        i18n.getErrorMessage().setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var asked = event.getLocation().getQueryParameters().getParameters();
        boolean failed = asked.containsKey("error");
        login.setError(failed || asked.containsKey("stale") || asked.containsKey("organisation"));
        if (failed) {
            showTypedEmailAgain();
        } else if (asked.containsKey("stale")) {
            login.setI18n(translatedTexts("login.stale.title", "login.stale.message"));
        } else if (asked.containsKey("organisation")) {
            login.setI18n(translatedTexts("login.error.title", "login.organisation.refused"));
        }
        if (asked.containsKey("timeout")) {
            notice.setText(getTranslation(asked.containsKey("lifetime") ? "login.timeout.lifetime" : "login.timeout"));
            notice.setVisible(true);
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
