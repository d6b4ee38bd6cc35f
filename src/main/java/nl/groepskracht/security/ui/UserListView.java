package nl.groepskracht.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationItem;
import nl.groepskracht.security.UserDraft;
import nl.groepskracht.security.UserService;
import org.springframework.data.domain.Sort;
import nl.groepskracht.security.UserSummary;
import nl.groepskracht.base.ui.OnceButton;

/** Administrators manage the professionals' accounts. */
@Route("gebruikers")
@Menu(order = 90, title = "menu.users", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserListView extends VerticalLayout implements TranslatedTitle {

    private final UserService users;
    private final DirectoryService directory;
    private final Grid<UserSummary> grid = new Grid<>();

    UserListView(UserService users, DirectoryService directory) {
        this.users = users;
        this.directory = directory;
        addClassName("gk-page");
        setSizeFull();
        var add = new OnceButton(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");
        configureGrid();
        add(new ViewHeader(getTranslation("menu.users"), add), grid);
    }

    private void configureGrid() {
        Map<Long, String> organisations = directory.allOrganisations().stream()
                .collect(Collectors.toMap(OrganisationItem::id, OrganisationItem::name));
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.name"))
                .setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(UserSummary::email).setHeader(getTranslation("user.email")).setSortProperty("email")
                .setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("user.role"))
                .setSortProperty("role");
        grid.addColumn(u -> u.organisationId() == null ? "" : organisations.get(u.organisationId()))
                .setHeader(getTranslation("user.organisation"));
        grid.addColumn(u -> getTranslation(UserStatus.of(u).key())).setHeader(getTranslation("user.status"));
        Grids.loadLazily(grid, users::list, Sort.by("displayName"));
        grid.addItemClickListener(e -> openExisting(e.getItem()));
        grid.setId("users");
    }

    private void openNew() {
        var editor = new UserEditor(directory.allOrganisations());
        new EditorDialog<>(getTranslation("user.new"), editor, editor.binder, new UserDraft(),
                draft -> PasswordDialog.show(getTranslation("user.created"), users.create(draft).password()),
                grid.getDataProvider()::refreshAll).open();
    }

    private void openExisting(UserSummary user) {
        var editor = new UserEditor(directory.allOrganisations());
        var dialog = new EditorDialog<>(user.displayName(), editor, editor.binder, users.load(user.id()),
                draft -> users.update(user.id(), draft), grid.getDataProvider()::refreshAll);
        Runnable apply = () -> {
            users.setActive(user.id(), !user.active());
            dialog.close();
            grid.getDataProvider().refreshAll();
        };
        // deactivating is asked once more, naming the groups the person leads and what happens to them
        var toggle = new OnceButton(getTranslation(user.active() ? "user.deactivate" : "user.activate"), e -> {
            if (user.active()) {
                new DeactivateDialog(user.displayName(), users.groupsLedBy(user.id()), apply).open();
            } else {
                apply.run();
            }
        });
        toggle.setId("toggle-active");
        toggle.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var reset = new OnceButton(getTranslation("user.reset-password"), e -> {
            dialog.close();
            PasswordDialog.show(getTranslation("user.password-reset"), users.resetPassword(user.id()));
            grid.getDataProvider().refreshAll();
        });
        reset.setId("reset-password");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.addFooterAction(reset);
        if (users.hasSecondFactor(user.id())) {
            var secondFactor = new Button(getTranslation("user.reset-second-factor"), e -> {
                users.resetSecondFactor(user.id());
                dialog.close();
                nl.groepskracht.base.ui.Toasts.success(getTranslation("user.second-factor-reset", user.displayName()));
            });
            secondFactor.setId("reset-second-factor");
            secondFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            dialog.addFooterAction(secondFactor);
        }
        dialog.addFooterAction(toggle);
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "menu.users";
    }
}
