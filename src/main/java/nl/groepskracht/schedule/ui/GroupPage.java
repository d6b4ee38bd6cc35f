package nl.groepskracht.schedule.ui;

import java.time.Clock;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.group.ui.GroupDialogs;
import nl.groepskracht.group.ui.GroupHeader;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;

/**
 * One group: its facts and actions, and its sessions. Only its facilitators (and the adviseur and
 * administrator, read-only) may open it; others get the access-denied page.
 */
@Route("groepen/:groupId")
@PermitAll
public class GroupPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final ScheduleService schedule;
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;
    private final GroupDialogs dialogs;
    private final Clock clock;
    private String title = "";

    GroupPage(GroupService groups, ScheduleService schedule, DirectoryService directory,
            ProfessionalDirectory professionals, GroupDialogs dialogs, Clock clock) {
        this.clock = clock;
        this.groups = groups;
        this.schedule = schedule;
        this.directory = directory;
        this.professionals = professionals;
        this.dialogs = dialogs;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", id -> show(groups.get(id)));
    }

    private void show(GroupDetails group) {
        removeAll();
        title = group.name();
        String theme = directory.allThemes().stream().filter(t -> t.id() == group.themeId()).findFirst()
                .map(t -> t.name()).orElse("");
        String wijk = directory.allWijken().stream().filter(w -> w.id() == group.wijkId()).findFirst()
                .map(w -> w.name()).orElse("");
        String names = professionals.findAll(group.facilitatorIds()).stream().map(Professional::name).sorted()
                .collect(Collectors.joining(", "));
        add(new Anchor("groepen", getTranslation("group.back")),
                new GroupHeader(group, theme, wijk, names, groups, dialogs, clock, () -> show(groups.get(group.id()))));
        if (group.manageable() && group.signupMode() == SignupMode.REGISTRATION) {
            // the participants page belongs to the sign-up module, which builds on this one
            var participants = new Anchor("groepen/" + group.id() + "/deelnemers", getTranslation("participant.menu"));
            participants.setId("participants-link");
            add(participants);
        }
        if (group.manageable()) {
            // attendance figures live in the attendance module, which builds on this one
            var figures = new Anchor("groepen/" + group.id() + "/aanwezigheid", getTranslation("figures.menu"));
            figures.setId("figures-link");
            add(figures);
        }
        // knowledge for the group's theme lives in the knowledge module, which builds on this one
        var knowledge = new Anchor("groepen/" + group.id() + "/kennis", getTranslation("knowledge.group.menu"));
        knowledge.setId("knowledge-link");
        add(knowledge);
        add(new SessionsPanel(group, schedule, clock, () -> show(groups.get(group.id()))));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
