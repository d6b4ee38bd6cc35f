package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The sign-in steps' pages: one card in the middle, as on the login page, with a way out (signing out). */
abstract class SignInCard extends VerticalLayout {

    protected final Div card = new Div();

    SignInCard() {
        addClassName("gk-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassName("gk-login-card");
        add(card);
    }

    /** "Uitloggen": what was signed in so far is undone. */
    protected Button signOut(AuthenticationContext auth) {
        var button = new Button(getTranslation("action.logout"), e -> auth.logout());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("logout");
        return button;
    }
}
