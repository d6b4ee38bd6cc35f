package nl.groepskracht.base;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.KnowledgeDraft;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import org.springframework.context.ApplicationContext;

/**
 * One account per role and the things route parameters name (the facilitator's own group, its session, a
 * knowledge item), to open every route of {@link RouteRules} with. A route parameter without a sample here
 * fails the test that fills it in.
 */
final class RouteSamples {

    private static final Pattern VAADIN_PARAMETER = Pattern.compile(":(\\w+)(\\([^)]*\\))?");
    private static final Pattern MVC_PARAMETER = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    private final Map<String, String> emails;
    private final Map<String, String> values;

    private RouteSamples(Map<String, String> emails, Map<String, String> values) {
        this.emails = emails;
        this.values = values;
    }

    static RouteSamples create(ApplicationContext ctx, Accounts accounts) {
        var groups = ctx.getBean(GroupService.class);
        var directory = ctx.getBean(DirectoryService.class);
        Professional facilitator = accounts.create("Routes Begeleider", Role.FACILITATOR);
        Professional adviseur = accounts.create("Routes Adviseur", Role.ADVISEUR);
        Professional admin = accounts.create("Routes Beheerder", Role.ADMIN);
        long group = as(facilitator, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        long session = as(facilitator, () -> ctx.getBean(ScheduleService.class).addSession(group,
                Fixtures.session(Fixtures.today().plusDays(7), LocalTime.of(10, 0), LocalTime.of(11, 30))));
        var item = new KnowledgeDraft();
        item.setTitle("Routes");
        item.setSummary("Een item om routes mee te openen.");
        item.setBody("Tekst.");
        item.setKind(KnowledgeKind.MATERIAAL);
        item.setThemeId(as(facilitator, () -> groups.get(group)).themeId());
        long itemId = as(facilitator, () -> ctx.getBean(KnowledgeService.class).create(item));
        long wijk = as(facilitator, () -> groups.get(group)).wijkId();
        return new RouteSamples(Map.of(Roles.FACILITATOR, facilitator.email(), Roles.ADVISEUR, adviseur.email(),
                Roles.ADMIN, admin.email()), Map.of("groupId", "" + group, "id", "" + group, "sessionId", "" + session,
                "itemId", "" + itemId, "wijkId", "" + wijk, "token", "x".repeat(43), "code", "onbekend",
                "registrationId", "999999999"));
    }

    /** The account of this role. */
    String email(String role) {
        return emails.get(role);
    }

    /** A Vaadin route template ({@code groepen/:groupId}) with its parameters filled in. */
    String fillRoute(String template) {
        return fill(template, VAADIN_PARAMETER);
    }

    /** An MVC pattern ({@code /aanbod/{id:\d+}}) with its parameters filled in. */
    String fillPattern(String pattern) {
        return fill(pattern, MVC_PARAMETER);
    }

    private String fill(String route, Pattern parameter) {
        Matcher matcher = parameter.matcher(route);
        var filled = new StringBuilder();
        while (matcher.find()) {
            String sample = values.get(matcher.group(1));
            assertThat(sample).as("a sample for the parameter %s of %s (RouteSamples)", matcher.group(1), route)
                    .isNotNull();
            matcher.appendReplacement(filled, sample);
        }
        return matcher.appendTail(filled).toString();
    }
}
