package nl.groepskracht.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.groepskracht.base.DisplayNamed;

/**
 * The portal's shell: a side navigation that lists only the views the signed-in role may open
 * (Vaadin filters menu entries by their access annotations; {@link MenuEntries} keeps them per set of roles),
 * the language switch and logout.
 * Menu titles in {@code @Menu} are translation keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext auth, MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        addClassName("gk-shell");
        var brand = new Span(getTranslation("app.name"));
        brand.addClassName("gk-brand");
        addToNavbar(new DrawerToggle(), brand);
        addToDrawer(new Scroller(createSideNav(menu.forSignedIn(auth))), createFooter(auth));
    }

    private SideNav createSideNav(List<MenuEntry> entries) {
        var nav = new SideNav();
        nav.addClassName("gk-nav");
        entries.forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private Component createFooter(AuthenticationContext auth) {
        var user = new Span(DisplayNamed.of(auth));
        user.addClassName("gk-user");
        // the security module's page; a plain link keeps this shell free of feature modules
        var password = new Anchor("wachtwoord", getTranslation("password.change.link"));
        password.setId("change-password");
        password.addClassName("gk-account-link");
        var secondFactor = new Anchor("tweestaps/instellen", getTranslation("twofactor.settings.link"));
        secondFactor.setId("second-factor-settings");
        secondFactor.addClassName("gk-account-link");
        var logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var footer = new Div(user, password, secondFactor, new LanguageSwitch(), logout);
        footer.addClassName("gk-drawer-footer");
        return footer;
    }
}
