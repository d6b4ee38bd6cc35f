package nl.groepskracht.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portal view, opened in Dutch by someone who may see it: no Vaadin component on it is left with
 * the English texts it brings along. A component with texts of its own has an {@code i18n} object; it must
 * have been given one ({@code ComponentTexts}), so a new kind of component on any page fails here first
 * (fields whose i18n holds only validation messages are left out: those are empty unless set).
 */
class ComponentTextsWalkTest extends KaribuTest {

    private static RouteSamples samples;

    @BeforeEach
    void samples() {
        if (samples == null) {
            samples = RouteSamples.create(ctx, accounts);
        }
    }

    static Stream<String> views() {
        return RouteRules.PORTAL.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "/{0}")
    @MethodSource("views")
    void no_component_on_the_page_is_left_in_english(String route) throws Exception {
        var rule = RouteRules.PORTAL.get(route);
        String role = Stream.of(Roles.FACILITATOR, Roles.ADVISEUR, Roles.ADMIN).filter(r -> rule.roles().contains(r))
                .findFirst().orElse(null);
        if (role != null && !rule.anonymous()) {
            login(samples.email(role), role);
        }
        UI.getCurrent().navigate(samples.fillRoute(route));

        List<String> english = new ArrayList<>();
        for (Component component : descendants(UI.getCurrent()).toList()) {
            Method getI18n = i18nGetter(component);
            if (getI18n != null && !messagesOnly(getI18n.getReturnType()) && getI18n.invoke(component) == null) {
                english.add(component.getClass().getSimpleName() + component.getId().map(id -> "#" + id).orElse(""));
            }
            if (component instanceof Upload upload && upload.getI18n() != null) {
                assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Bestand kiezen...");
            }
        }
        assertThat(english).as("components on /%s with their English texts", route).isEmpty();
    }

    /**
     * Texts fields hold only validation messages (required, too long, bad input): empty unless set, so never
     * English; the portal shows its own Dutch messages through the Binder.
     */
    private static boolean messagesOnly(Class<?> i18n) {
        return java.util.Arrays.stream(i18n.getMethods()).map(Method::getName).filter(name -> name.startsWith("set"))
                .allMatch(name -> name.endsWith("ErrorMessage"));
    }

    private static Method i18nGetter(Component component) {
        try {
            return component.getClass().getMethod("getI18n");
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ComponentTextsWalkTest::descendants));
    }
}
