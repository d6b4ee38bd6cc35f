package nl.groepskracht.group.ui;

import java.time.Clock;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.SignupMode;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.ProfessionalDirectory;

/**
 * One group: its facts and actions, and what the modules building on groups show of it (its sessions:
 * {@link GroupPagePanel}). Only its facilitators (and the adviseur and administrator, read-only) may
 * open it; others get the access-denied page.
 */
@Route("groepen/:groupId")
@PermitAll
public class GroupPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupService groups;
    private final List<GroupPagePanel> panels;
    private final DirectoryService directory;
    private final ProfessionalDirectory professionals;
    private final GroupDialogs dialogs;
    private final Clock clock;
    private String title = "";

    GroupPage(GroupService groups, List<GroupPagePanel> panels, DirectoryService directory,
            ProfessionalDirectory professionals, GroupDialogs dialogs, Clock clock) {
        this.clock = clock;
        this.groups = groups;
        this.panels = panels.stream().sorted(Comparator.comparingInt(GroupPagePanel::order)).toList();
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
        add(sections(group));
        panels.forEach(panel -> add(panel.create(group, () -> show(groups.get(group.id())))));
    }

    /**
     * The group's other pages as clear buttons in one row: its parents, its attendance (the adviseur
     * sees the figures without names), and what colleagues wrote about its theme. They belong to
     * modules that build on this one, so they are linked by route.
     */
    private Nav sections(GroupDetails group) {
        var nav = new Nav();
        nav.addClassName("gk-tabs");
        if (group.manageable() && group.signupMode() == SignupMode.REGISTRATION) {
            nav.add(tab("participants-link", "groepen/" + group.id() + "/deelnemers", "participant.menu"));
        }
        // its facilitators see who came by name; the adviseur and admin the monitoring's figures of the group
        nav.add(tab("figures-link", (group.manageable() ? "groepen/" + group.id() + "/aanwezigheid"
                : "monitoring/groep/" + group.id()), "figures.menu"));
        nav.add(tab("knowledge-link", "groepen/" + group.id() + "/kennis", "knowledge.group.menu"));
        return nav;
    }

    private Anchor tab(String id, String route, String labelKey) {
        var link = new Anchor(route, getTranslation(labelKey));
        link.setId(id);
        link.addClassName("gk-tab");
        return link;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
