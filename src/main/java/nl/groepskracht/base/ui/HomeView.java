package nl.groepskracht.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import nl.groepskracht.base.DisplayNamed;

/**
 * The start page every signed-in professional lands on: the sections of the feature modules that
 * serve their roles (a facilitator's sessions and sign-ups, an adviseur's figures, an admin's mail
 * and accounts).
 */
@Route("")
@Menu(order = 0, title = "menu.home", icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements TranslatedTitle {

    HomeView(AuthenticationContext auth, List<StartPageSection> sections) {
        addClassName("gk-page");
        addClassName("gk-start");
        add(new H1(getTranslation("home.welcome", DisplayNamed.of(auth))));
        List<StartPageSection> mine = sections.stream()
                .filter(section -> section.roles().stream().anyMatch(auth::hasRole))
                .sorted(Comparator.comparingInt(StartPageSection::order)).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("home.nothing")));
        }
        mine.forEach(section -> add(section.create()));
    }

    @Override
    public String titleKey() {
        return "menu.home";
    }
}
