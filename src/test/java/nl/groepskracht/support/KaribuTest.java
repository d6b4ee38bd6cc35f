package nl.groepskracht.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import kotlin.jvm.functions.Function0;
import nl.groepskracht.base.ui.MainLayout;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Portal views in Karibu's fake browser, with the real Spring context (embedded MariaDB). Karibu
 * runs no servlet filters, so {@link #login} puts the user into Spring Security's context and into
 * the fake request, where Vaadin's route and menu access checks look.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("nl.groepskracht");

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected Accounts accounts;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        // Karibu 2.6 does not register @Layout classes itself
        ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext()).setLayout(MainLayout.class);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Creates a real account with this role and signs in with it. */
    protected Professional loginAs(String name, Role role) {
        Professional who = accounts.create(name, role);
        login(who.email(), role.name());
        return who;
    }

    /** Signs in as the given e-mail with one role; the next navigation sees it. */
    protected void login(String email, String role) {
        var auth = new UsernamePasswordAuthenticationToken(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> r.equals(role));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, r) -> false);
        }
    }

    protected static void navigate(String route) {
        UI.getCurrent().navigate(route);
    }

    /**
     * Where the UI sends the browser with a page load (an address outside Vaadin's views, such as the login page),
     * from the JavaScript it would send with its next response; null when it sends it nowhere.
     */
    protected static String browserSentTo() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(invocation -> invocation.getInvocation().getExpression().contains("window.open")
                        || invocation.getInvocation().getExpression().contains("location"))
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .filter(String.class::isInstance).map(String.class::cast).findFirst().orElse(null);
    }

    /** The view shown now: the innermost navigation target (the route's view, the login view or an error view). */
    protected static Class<?> shownView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? null : chain.getFirst().getClass();
    }
}
