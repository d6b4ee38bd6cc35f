package nl.groepskracht.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.groepskracht.base.RouteRules.Rule;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every address of the portal for every kind of visitor, from the registries themselves: each Vaadin route
 * and each Spring MVC handler mapping must have its rule in {@link RouteRules}, so a new page without one
 * fails the build. Allowed: the route's own view, or the controller method of the mapping, answers; not
 * allowed: the browser sent to the login page (anonymous; a server-rendered page, no view) or the
 * access-denied page / 403 (another role), never the data.
 */
class RouteSecurityTest extends KaribuTest {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> VISITORS = List.of(ANONYMOUS, Roles.FACILITATOR, Roles.ADVISEUR, Roles.ADMIN);
    private static RouteSamples samples;

    @BeforeEach
    void samples() {
        if (samples == null) {
            samples = RouteSamples.create(ctx, accounts);
        }
    }

    @Test
    void every_vaadin_route_has_a_rule_and_every_rule_a_route() {
        assertThat(routeTargets().keySet()).as("RouteRules.PORTAL: add a rule for each new route")
                .containsExactlyInAnyOrderElementsOf(RouteRules.PORTAL.keySet());
    }

    @Test
    void every_mvc_mapping_has_a_rule_and_every_rule_a_mapping() {
        assertThat(handlerMethods().keySet()).as("RouteRules.PAGES: add a rule for each new mapping")
                .containsExactlyInAnyOrderElementsOf(RouteRules.PAGES.keySet());
    }

    static Stream<Arguments> portalRoutes() {
        return RouteRules.PORTAL.keySet().stream().sorted()
                .flatMap(route -> VISITORS.stream().map(visitor -> Arguments.of(route, visitor)));
    }

    @ParameterizedTest(name = "{1} opening /{0}")
    @MethodSource("portalRoutes")
    void each_portal_route_shows_its_view_only_to_whom_its_rule_names(String route, String visitor) {
        Rule rule = RouteRules.PORTAL.get(route);
        Class<? extends Component> expected;
        if (ANONYMOUS.equals(visitor) && !rule.anonymous()) {
            UI.getCurrent().navigate(samples.fillRoute(route));
            assertThat(browserSentTo()).as("anonymous on /%s", route).isEqualTo("/login");
            assertThat(shownView()).as("anonymous on /%s", route).isNotEqualTo(routeTargets().get(route));
            assertThat(_find(Grid.class)).as("no data").isEmpty();
            return;
        } else if (ANONYMOUS.equals(visitor)) {
            expected = routeTargets().get(route);
        } else {
            login(samples.email(visitor), visitor);
            expected = rule.roles().contains(visitor) ? routeTargets().get(route)
                    : rule.elsewhere().getOrDefault(visitor, AccessDeniedView.class);
        }
        UI.getCurrent().navigate(samples.fillRoute(route));

        assertThat(shownView()).as("%s on /%s", visitor, route).isEqualTo(expected);
        if (expected == AccessDeniedView.class) {
            assertThat(_find(Grid.class)).as("no data").isEmpty();
        }
    }

    static Stream<Arguments> serverPages() {
        return RouteRules.PAGES.keySet().stream().sorted()
                .flatMap(mapping -> VISITORS.stream().map(visitor -> Arguments.of(mapping, visitor)));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("serverPages")
    void each_server_rendered_page_is_reached_only_by_whom_its_rule_names(String mapping, String visitor)
            throws Exception {
        logout();
        Rule rule = RouteRules.PAGES.get(mapping);
        String[] methodAndPattern = mapping.split(" ", 2);
        String method = "ANY".equals(methodAndPattern[0]) ? "GET" : methodAndPattern[0];
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method),
                samples.fillPattern(methodAndPattern[1])).with(csrf()).with(Clients.fresh());
        boolean anonymous = ANONYMOUS.equals(visitor);
        if (!anonymous) {
            request.with(user(samples.email(visitor)).roles(visitor));
        }
        MvcResult result = mvc().perform(request).andReturn();

        Object handler = result.getHandler();
        if (rule.allows(anonymous ? null : visitor)) {
            assertThat(handler).as("%s reaches %s", visitor, mapping).isInstanceOf(HandlerMethod.class);
            assertThat(handlerMethods().get(mapping)).contains(((HandlerMethod) handler).getMethod());
            assertThat(result.getResponse().getStatus()).as("%s on %s", visitor, mapping).isNotIn(401, 403);
        } else if (anonymous) {
            assertThat(handler).as("refused before the controller").isNull();
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login");
        } else {
            assertThat(handler).as("refused before the controller").isNull();
            assertThat(result.getResponse().getStatus()).as("%s on %s", visitor, mapping).isEqualTo(403);
        }
    }

    /** Route template (and route alias template) → its view, from Vaadin's route registry. */
    private static Map<String, Class<? extends Component>> routeTargets() {
        Map<String, Class<? extends Component>> targets = new HashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            targets.put(route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> targets.put(alias.getTemplate(), route.getNavigationTarget()));
        }
        return targets;
    }

    /** {@code METHOD pattern} (ANY when the mapping takes every method) → the controller methods. */
    private Map<String, Set<Method>> handlerMethods() {
        Map<String, Set<Method>> methods = new HashMap<>();
        ctx.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .forEach((info, handler) -> {
                    var verbs = info.getMethodsCondition().getMethods();
                    for (String pattern : info.getPatternValues()) {
                        for (String verb : verbs.isEmpty() ? Set.of("ANY")
                                : verbs.stream().map(Enum::name).toList()) {
                            methods.computeIfAbsent(verb + " " + pattern, k -> new HashSet<>())
                                    .add(handler.getMethod());
                        }
                    }
                });
        return methods;
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }
}
