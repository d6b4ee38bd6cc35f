package nl.groepskracht.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeDraft;
import org.springframework.data.domain.Sort;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.base.ui.FormBinder;

/** The questions groups are about (echtscheiding, overgewicht, ...). */
@Route("themas")
@Menu(order = 70, title = "menu.themes", icon = "vaadin:tags")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class ThemesView extends VerticalLayout implements TranslatedTitle {

    private final DirectoryService directory;
    private final Grid<ThemeItem> grid = new Grid<>();

    ThemesView(DirectoryService directory) {
        this.directory = directory;
        addClassName("gk-page");
        setSizeFull();
        grid.addColumn(ThemeItem::name).setHeader(getTranslation("theme.name")).setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(ThemeItem::code).setHeader(getTranslation("theme.code")).setSortProperty("code");
        grid.addColumn(ThemeItem::description).setHeader(getTranslation("theme.description")).setFlexGrow(3);
        Grids.loadLazily(grid, directory::themes, Sort.by("name"));
        grid.addItemClickListener(e -> edit(e.getItem().id(), e.getItem().toDraft()));
        add(ReferenceHeader.of(getTranslation("menu.themes"), getTranslation("theme.new"),
                () -> edit(null, new ThemeDraft())), grid);
    }

    private void edit(Long id, ThemeDraft draft) {
        var form = new ThemeEditor();
        new EditorDialog<>(getTranslation(id == null ? "theme.new" : "theme.edit"), form, form.binder, draft,
                changed -> directory.saveTheme(id, changed), grid.getDataProvider()::refreshAll).open();
    }

    @Override
    public String titleKey() {
        return "menu.themes";
    }

    static class ThemeEditor extends FormLayout {

        final TextField code = new TextField(getTranslation("theme.code"));
        final TextField name = new TextField(getTranslation("theme.name"));
        final TextArea description = new TextArea(getTranslation("theme.description"));
        final FormBinder<ThemeDraft> binder = new FormBinder<>(ThemeDraft.class);

        ThemeEditor() {
            code.setId("code");
            name.setId("name");
            description.setId("description");
            code.setHelperText(getTranslation("theme.code.help"));
            binder.bindInstanceFields(this);
            add(code, name, description);
        }
    }
}
