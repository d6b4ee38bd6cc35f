package nl.groepskracht.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.groepskracht.base.DisplayNamed;

/** The start page every signed-in professional lands on. */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements TranslatedTitle {

    HomeView(AuthenticationContext auth) {
        addClassName("gk-page");
        var title = new H1(getTranslation("home.welcome", DisplayNamed.of(auth)));
        add(title, new Paragraph(getTranslation("home.intro")));
    }

    @Override
    public String titleKey() {
        return "menu.home";
    }
}
