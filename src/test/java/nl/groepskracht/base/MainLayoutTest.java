package nl.groepskracht.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import nl.groepskracht.base.ui.MenuEntries;
import nl.groepskracht.base.ui.HomeView;
import nl.groepskracht.base.ui.MainLayout;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** The side navigation offers exactly what the role may open (DESIGN.md "Users and roles"). */
class MainLayoutTest extends KaribuTest {

    @Test
    void a_facilitator_sees_only_the_start_page_in_the_menu() {
        assertThat(menuFor(Role.FACILITATOR)).containsExactly("Start", "Vandaag", "Groepen", "Mijn agenda",
                "Kennisbank", "Vraagsignalen", "Evaluaties");
    }

    @Test
    void an_adviseur_also_manages_wijken_organisations_and_themes() {
        assertThat(menuFor(Role.ADVISEUR))
                .containsExactly("Start", "Groepen", "Mijn agenda", "Kennisbank", "Monitoring", "Vraagsignalen",
                        "Evaluaties", "Wat levert preventie op", "Wijken", "Organisaties", "Thema's");
    }

    @Test
    void an_admin_also_manages_users() {
        assertThat(menuFor(Role.ADMIN)).containsExactly("Start", "Groepen", "Mijn agenda", "Kennisbank", "Monitoring",
                "Evaluaties", "Wat levert preventie op", "Wijken", "Organisaties", "Thema's", "Schoolvakanties",
                "Gebruikers", "Uitgaande e-mail", "Auditlog");
    }

    @Test
    void the_menu_is_found_once_per_set_of_roles_and_each_role_gets_its_own() {
        var menu = ctx.getBean(MenuEntries.class);
        var auth = ctx.getBean(AuthenticationContext.class);
        loginAs("Eerste begeleider", Role.FACILITATOR);
        List<MenuEntry> facilitator = menu.forSignedIn(auth);
        loginAs("Tweede begeleider", Role.FACILITATOR);
        assertThat(menu.forSignedIn(auth)).isSameAs(facilitator);
        loginAs("Beheerder", Role.ADMIN);
        assertThat(menu.forSignedIn(auth)).extracting(MenuEntry::path).contains("/gebruikers");
        assertThat(facilitator).extracting(MenuEntry::path).doesNotContain("/gebruikers");
    }

    @Test
    void the_start_page_greets_the_signed_in_professional_in_dutch() {
        var fatima = loginAs("Fatima", Role.FACILITATOR);
        navigate("");
        _get(MainLayout.class);
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("Welkom, " + fatima.email());
        assertThat(_find(H1.class)).isNotEmpty();
    }

    private List<String> menuFor(Role role) {
        loginAs("Test " + role, role);
        navigate("");
        _get(MainLayout.class);
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
