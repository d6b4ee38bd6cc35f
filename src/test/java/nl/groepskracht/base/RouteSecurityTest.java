package nl.groepskracht.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.stream.Stream;
import nl.groepskracht.attendance.ui.TodayView;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.base.ui.HomeView;
import nl.groepskracht.directory.ui.OrganisationsView;
import nl.groepskracht.directory.ui.ThemesView;
import nl.groepskracht.directory.ui.WijkenView;
import nl.groepskracht.calendar.ui.MyCalendarView;
import nl.groepskracht.group.ui.GroupListView;
import nl.groepskracht.mail.ui.OutboxView;
import nl.groepskracht.privacy.ui.AuditLogView;
import nl.groepskracht.security.Role;
import nl.groepskracht.security.ui.ChangePasswordView;
import nl.groepskracht.security.ui.ForgotPasswordView;
import nl.groepskracht.security.ui.LoginView;
import nl.groepskracht.security.ui.ResetPasswordView;
import nl.groepskracht.security.ui.UserListView;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every portal route for every kind of visitor: allowed, sent to the login page, or shown the
 * access-denied page (never the data).
 */
class RouteSecurityTest extends KaribuTest {

    private static final String ANONYMOUS = "anonymous";

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("", ANONYMOUS, LoginView.class),
                Arguments.of("", Roles.FACILITATOR, HomeView.class),
                Arguments.of("", Roles.ADVISEUR, HomeView.class),
                Arguments.of("", Roles.ADMIN, HomeView.class),
                Arguments.of("login", ANONYMOUS, LoginView.class),
                Arguments.of("wachtwoord-vergeten", ANONYMOUS, ForgotPasswordView.class),
                Arguments.of("wachtwoord-herstellen/" + "x".repeat(43), ANONYMOUS, ResetPasswordView.class),
                Arguments.of("wachtwoord", ANONYMOUS, LoginView.class),
                Arguments.of("wachtwoord", Roles.FACILITATOR, ChangePasswordView.class),
                Arguments.of("wachtwoord", Roles.ADMIN, ChangePasswordView.class),
                Arguments.of("gebruikers", ANONYMOUS, LoginView.class),
                Arguments.of("gebruikers", Roles.FACILITATOR, AccessDeniedView.class),
                Arguments.of("gebruikers", Roles.ADVISEUR, AccessDeniedView.class),
                Arguments.of("gebruikers", Roles.ADMIN, UserListView.class),
                Arguments.of("wijken", ANONYMOUS, LoginView.class),
                Arguments.of("wijken", Roles.FACILITATOR, AccessDeniedView.class),
                Arguments.of("wijken", Roles.ADVISEUR, WijkenView.class),
                Arguments.of("wijken", Roles.ADMIN, WijkenView.class),
                Arguments.of("organisaties", ANONYMOUS, LoginView.class),
                Arguments.of("organisaties", Roles.FACILITATOR, AccessDeniedView.class),
                Arguments.of("organisaties", Roles.ADVISEUR, OrganisationsView.class),
                Arguments.of("organisaties", Roles.ADMIN, OrganisationsView.class),
                Arguments.of("themas", ANONYMOUS, LoginView.class),
                Arguments.of("themas", Roles.FACILITATOR, AccessDeniedView.class),
                Arguments.of("themas", Roles.ADVISEUR, ThemesView.class),
                Arguments.of("themas", Roles.ADMIN, ThemesView.class),
                Arguments.of("groepen", ANONYMOUS, LoginView.class),
                Arguments.of("groepen", Roles.FACILITATOR, GroupListView.class),
                Arguments.of("groepen", Roles.ADVISEUR, GroupListView.class),
                Arguments.of("groepen", Roles.ADMIN, GroupListView.class),
                Arguments.of("groepen/1", ANONYMOUS, LoginView.class),
                Arguments.of("agenda", ANONYMOUS, LoginView.class),
                Arguments.of("agenda", Roles.FACILITATOR, MyCalendarView.class),
                Arguments.of("agenda", Roles.ADVISEUR, MyCalendarView.class),
                Arguments.of("outbox", ANONYMOUS, LoginView.class),
                Arguments.of("outbox", Roles.FACILITATOR, AccessDeniedView.class),
                Arguments.of("outbox", Roles.ADVISEUR, AccessDeniedView.class),
                Arguments.of("outbox", Roles.ADMIN, OutboxView.class),
                Arguments.of("audit", ANONYMOUS, LoginView.class),
                Arguments.of("audit", Roles.FACILITATOR, AccessDeniedView.class),
                Arguments.of("audit", Roles.ADVISEUR, AccessDeniedView.class),
                Arguments.of("audit", Roles.ADMIN, AuditLogView.class),
                Arguments.of("groepen/1/deelnemers", ANONYMOUS, LoginView.class),
                Arguments.of("vandaag", ANONYMOUS, LoginView.class),
                Arguments.of("vandaag", Roles.FACILITATOR, TodayView.class),
                Arguments.of("vandaag", Roles.ADVISEUR, AccessDeniedView.class),
                Arguments.of("vandaag", Roles.ADMIN, AccessDeniedView.class));
    }

    @ParameterizedTest(name = "{1} opening /{0} sees {2}")
    @MethodSource("routes")
    void each_route_is_open_only_to_the_roles_design_md_names(String route, String who,
            Class<? extends Component> expected) {
        if (!ANONYMOUS.equals(who)) {
            loginAs("Test " + who, Role.valueOf(who));
        }
        navigate(route);
        assertThat(_find(expected)).as("%s on /%s", who, route).hasSize(1);
        if (expected == AccessDeniedView.class) {
            assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
        }
    }
}
