package nl.groepskracht.base.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries for the signed-in professional. Vaadin finds them by running the access check
 * of every route ({@link MenuConfiguration#getMenuEntries()}: 15–35 ms of each page load on a busy machine), and
 * what it finds depends only on the roles (the views' {@code @RolesAllowed} and {@code @PermitAll}), so they are
 * found once per set of roles and kept (a handful of lists). Titles stay translation keys: each page translates them.
 */
@Component
public class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    /** What the signed-in professional may open from the menu, in the menu's order. */
    public List<MenuEntry> forSignedIn(AuthenticationContext auth) {
        Set<String> roles = auth.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return byRoles.computeIfAbsent(roles, found -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
