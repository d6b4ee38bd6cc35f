package nl.groepskracht.group.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.group.GroupService;
import org.springframework.data.domain.Sort;
import nl.groepskracht.group.GroupSummary;
import nl.groepskracht.base.ui.OnceButton;

/** "Mijn groepen" for a facilitator; all groups, with filters, for the adviseur. */
@Route("groepen")
@Menu(order = 10, title = "menu.groups", icon = "vaadin:group")
@PermitAll
public class GroupListView extends VerticalLayout implements TranslatedTitle {

    private final Grid<GroupSummary> grid = new Grid<>();
    private final GroupFilters filters;

    GroupListView(GroupService groups, DirectoryService directory, GroupDialogs dialogs, AuthenticationContext auth) {
        addClassName("gk-page");
        setSizeFull();
        List<ThemeItem> themeList = directory.allThemes();
        List<WijkItem> wijkList = directory.allWijken();
        filters = new GroupFilters(themeList, wijkList, () -> grid.getDataProvider().refreshAll());
        Map<Long, String> themes = themeList.stream().collect(Collectors.toMap(ThemeItem::id, ThemeItem::name));
        Map<Long, String> wijken = wijkList.stream().collect(Collectors.toMap(WijkItem::id, WijkItem::name));
        grid.addColumn(GroupSummary::name).setHeader(getTranslation("group.name")).setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(g -> themes.get(g.themeId())).setHeader(getTranslation("group.theme"));
        grid.addColumn(g -> wijken.get(g.wijkId())).setHeader(getTranslation("group.wijk"));
        grid.addColumn(g -> getTranslation("group.status." + g.status().name())).setHeader(getTranslation(
                "group.status")).setSortProperty("status");
        grid.addColumn(g -> Periods.format(g.startsOn(), g.endsOn(), getLocale()))
                .setHeader(getTranslation("group.period")).setSortProperty("startsOn");
        Grids.loadLazily(grid, page -> groups.list(filters.value(), page), Sort.by("name"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("groepen/" + e.getItem().id())));
        grid.setId("groups");
        grid.setEmptyStateText(getTranslation("group.none"));

        var header = new ViewHeader(getTranslation("menu.groups"));
        if (auth.hasRole(Roles.FACILITATOR)) {
            var add = new OnceButton(getTranslation("group.new"), VaadinIcon.PLUS.create(),
                    e -> dialogs.create(id -> getUI().ifPresent(ui -> ui.navigate("groepen/" + id))));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-group");
            header.add(add);
        }
        // on a phone the filters fold away (closed), on a larger screen they stay open
        var fold = new Details(getTranslation("group.filters"), filters);
        fold.setId("group-filters");
        fold.setOpened(true);
        getElement().getNode().runWhenAttached(ui -> ui.getPage().retrieveExtendedClientDetails(
                details -> fold.setOpened(details.getBodyClientWidth() >= 768)));
        add(header, fold, grid);
    }

    @Override
    public String titleKey() {
        return "menu.groups";
    }
}
