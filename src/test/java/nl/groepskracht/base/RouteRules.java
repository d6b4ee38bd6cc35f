package nl.groepskracht.base;

import static java.util.Map.entry;

import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.monitoring.ui.GroupMonitoringView;

/**
 * Who may open each address of the portal: THE table {@link RouteSecurityTest} checks, and the one place
 * to add a new route to. Every Vaadin route (and route alias) by its template, every Spring MVC handler
 * mapping by {@code METHOD pattern}, exactly as the registries spell them; a route or mapping missing here,
 * or a rule for one that no longer exists, fails the build.
 *
 * <p>A rule names the roles that see the page ({@link #roles}), or says anyone may open it, signed in or
 * not ({@link #PUBLIC}). Anonymous visitors of a page that is not public are sent to the login page; a
 * signed-in professional whose role is not named gets the access-denied page (Vaadin) or a 403 (MVC),
 * whether the route's annotation or the service behind it refuses. The facilitator of the cases is the
 * facilitator of the sample group, session and knowledge item that fill in the route's parameters.
 */
final class RouteRules {

    static final Rule PUBLIC = new Rule(true, Set.of(Roles.FACILITATOR, Roles.ADVISEUR, Roles.ADMIN), Map.of());
    static final Rule SIGNED_IN = roles(Roles.FACILITATOR, Roles.ADVISEUR, Roles.ADMIN);

    /** Vaadin routes: template → who sees the route's own view. */
    static final Map<String, Rule> PORTAL = Map.ofEntries(
            entry("", SIGNED_IN),
            entry("wachtwoord-vergeten", PUBLIC),
            entry("wachtwoord-herstellen/:token", PUBLIC),
            entry("wachtwoord", SIGNED_IN),
            // the second factor after the password, and setting it up (also at sign-in, when the role requires it)
            entry("tweestaps", SIGNED_IN),
            entry("tweestaps/instellen", SIGNED_IN),
            entry("gebruikers", roles(Roles.ADMIN)),
            entry("wijken", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("organisaties", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("themas", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("schoolvakanties", roles(Roles.ADMIN)),
            entry("outbox", roles(Roles.ADMIN)),
            entry("audit", roles(Roles.ADMIN)),
            entry("agenda", SIGNED_IN),
            entry("groepen", SIGNED_IN),
            entry("groepen/:groupId", SIGNED_IN),
            entry("groepen/:groupId/deelnemers", roles(Roles.FACILITATOR)),
            entry("groepen/:groupId/verwijslinks", roles(Roles.FACILITATOR, Roles.ADVISEUR)),
            entry("groepen/:groupId/aanwezigheid", roles(Roles.FACILITATOR)
                    .showing(GroupMonitoringView.class, Roles.ADVISEUR, Roles.ADMIN)),
            entry("groepen/:groupId/kennis", SIGNED_IN),
            entry("vandaag", roles(Roles.FACILITATOR)),
            entry("sessies/:sessionId/aanwezigheid", roles(Roles.FACILITATOR)),
            entry("kennis", SIGNED_IN),
            entry("kennis/nieuw", roles(Roles.FACILITATOR, Roles.ADVISEUR)),
            entry("kennis/zoekwoorden", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("kennis/:itemId(\\d+)", SIGNED_IN),
            entry("kennis/:itemId(\\d+)/bewerken", roles(Roles.FACILITATOR, Roles.ADVISEUR)),
            entry("kennis/:itemId(\\d+)/versies", SIGNED_IN),
            entry("monitoring", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("monitoring/wijk/:wijkId", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("monitoring/groep/:groupId", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("signalen", roles(Roles.FACILITATOR, Roles.ADVISEUR)),
            entry("evaluaties", SIGNED_IN),
            entry("evaluaties/groep/:groupId", SIGNED_IN),
            entry("rapportage", roles(Roles.ADVISEUR, Roles.ADMIN)));

    /** Spring MVC handler mappings: {@code METHOD pattern} → who reaches the controller. */
    static final Map<String, Rule> PAGES = Map.ofEntries(
            entry("GET /aanbod", PUBLIC),
            // the login page (its POST is Spring Security's form login, no controller)
            entry("GET /login", PUBLIC),
            entry("GET /robots.txt", PUBLIC),
            entry("GET /aanbod/{id:\\d+}", PUBLIC),
            entry("POST /aanbod/{id:\\d+}", PUBLIC),
            entry("GET /aanbod/{id:\\d+}/verstuurd", PUBLIC),
            entry("GET /aanbod/{id:\\d+}/poster", PUBLIC),
            entry("GET /aanbod/{id:\\d+}/qr.svg", PUBLIC),
            entry("GET /aanbod/v/{code}", PUBLIC),
            entry("ANY /aanbod/te-veel", PUBLIC),
            entry("GET /aanmelding/{token}", PUBLIC),
            entry("POST /aanmelding/{token}", PUBLIC),
            entry("GET /mijn", PUBLIC),
            entry("POST /mijn", PUBLIC),
            entry("GET /mijn/verwijderd", PUBLIC),
            entry("GET /mijn/{token}", PUBLIC),
            entry("GET /mijn/{token}/gegevens", PUBLIC),
            entry("GET /mijn/{token}/gegevens.json", PUBLIC),
            entry("GET /mijn/{token}/verwijderen", PUBLIC),
            entry("POST /mijn/{token}/verwijderen", PUBLIC),
            entry("POST /mijn/{token}/{registrationId:\\d+}/sessies/{sessionId:\\d+}/afmelden", PUBLIC),
            entry("POST /mijn/{token}/{registrationId:\\d+}/sessies/{sessionId:\\d+}/toch-komen", PUBLIC),
            entry("GET /mijn/{token}/{registrationId:\\d+}/annuleren", PUBLIC),
            entry("POST /mijn/{token}/{registrationId:\\d+}/annuleren", PUBLIC),
            entry("GET /calendar/{token}.ics", PUBLIC),
            entry("GET /evaluatie/{token}", PUBLIC),
            entry("POST /evaluatie/{token}", PUBLIC),
            entry("GET /evaluatie/bedankt", PUBLIC),
            entry("GET /rapportage/impact", roles(Roles.ADVISEUR, Roles.ADMIN)),
            entry("GET /rapportage/impact.pdf", roles(Roles.ADVISEUR, Roles.ADMIN)),
            // Spring Boot's error page (its HTML and its JSON answer), permitted in the security chain
            entry("ANY /error", PUBLIC));

    private RouteRules() {
    }

    static Rule roles(String... roles) {
        return new Rule(false, Set.of(roles), Map.of());
    }

    /**
     * Who may open a route: anonymous visitors or not, the roles that see the route's own view, and roles
     * that are shown another view instead (the adviseur reads a group's figures in the monitoring).
     */
    record Rule(boolean anonymous, Set<String> roles, Map<String, Class<? extends Component>> elsewhere) {

        Rule showing(Class<? extends Component> view, String... roles) {
            var shown = new java.util.HashMap<>(elsewhere);
            for (String role : roles) {
                shown.put(role, view);
            }
            return new Rule(anonymous, this.roles, Map.copyOf(shown));
        }

        boolean allows(String role) {
            return role == null ? anonymous : roles.contains(role) || elsewhere.containsKey(role);
        }
    }
}
