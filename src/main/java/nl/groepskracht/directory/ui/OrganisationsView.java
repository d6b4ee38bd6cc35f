package nl.groepskracht.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.OrganisationDraft;
import nl.groepskracht.directory.OrganisationItem;
import org.springframework.data.domain.Sort;
import nl.groepskracht.directory.OrganisationKind;
import nl.groepskracht.base.ui.FormBinder;

/** Organisations professionals work for (JGZ, buurtteam, school, ...). */
@Route("organisaties")
@Menu(order = 60, title = "menu.organisations", icon = "vaadin:building")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class OrganisationsView extends VerticalLayout implements TranslatedTitle {

    private final DirectoryService directory;
    private final Grid<OrganisationItem> grid = new Grid<>();

    OrganisationsView(DirectoryService directory) {
        this.directory = directory;
        addClassName("gk-page");
        setSizeFull();
        grid.addColumn(OrganisationItem::name).setHeader(getTranslation("organisation.name"))
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.kind().name()))
                .setHeader(getTranslation("organisation.kind")).setSortProperty("kind");
        Grids.loadLazily(grid, directory::organisations, Sort.by("name"));
        grid.addItemClickListener(e -> edit(e.getItem().id(), e.getItem().toDraft()));
        add(ReferenceHeader.of(getTranslation("menu.organisations"), getTranslation("organisation.new"),
                () -> edit(null, new OrganisationDraft())), grid);
    }

    private void edit(Long id, OrganisationDraft draft) {
        var form = new OrganisationEditor();
        new EditorDialog<>(getTranslation(id == null ? "organisation.new" : "organisation.edit"), form,
                form.binder, draft, changed -> directory.saveOrganisation(id, changed),
                grid.getDataProvider()::refreshAll).open();
    }

    @Override
    public String titleKey() {
        return "menu.organisations";
    }

    static class OrganisationEditor extends FormLayout {

        final TextField name = new TextField(getTranslation("organisation.name"));
        final Select<OrganisationKind> kind = new Select<>();
        final FormBinder<OrganisationDraft> binder = new FormBinder<>(OrganisationDraft.class);

        OrganisationEditor() {
            name.setId("name");
            kind.setId("kind");
            kind.setLabel(getTranslation("organisation.kind"));
            kind.setItems(OrganisationKind.values());
            kind.setItemLabelGenerator(value -> getTranslation("organisation.kind." + value.name()));
            binder.bindInstanceFields(this);
            add(name, kind);
        }
    }
}
