package nl.groepskracht.directory.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.SortedMap;
import java.util.stream.Collectors;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.EditorDialog;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.WijkDraft;
import org.springframework.data.domain.Sort;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.base.ui.FormBinder;

/** Neighbourhoods groups run in. */
@Route("wijken")
@Menu(order = 50, title = "menu.wijken", icon = "vaadin:map-marker")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class WijkenView extends VerticalLayout implements TranslatedTitle {

    private final DirectoryService directory;
    private final Grid<WijkItem> grid = new Grid<>();

    WijkenView(DirectoryService directory) {
        this.directory = directory;
        addClassName("gk-page");
        setSizeFull();
        grid.addColumn(WijkItem::name).setHeader(getTranslation("wijk.name")).setSortProperty("name");
        grid.addColumn(WijkItem::municipality).setHeader(getTranslation("wijk.municipality"))
                .setSortProperty("municipality");
        grid.addColumn(w -> w.cbsCode() == null ? "" : w.cbsCode()).setHeader(getTranslation("wijk.cbs-code"))
                .setSortProperty("cbsCode");
        Grids.loadLazily(grid, directory::wijken, Sort.by("name"));
        grid.addItemClickListener(e -> edit(e.getItem().id(), e.getItem().toDraft()));
        add(ReferenceHeader.of(getTranslation("menu.wijken"), getTranslation("wijk.new"), () -> edit(null,
                new WijkDraft())), grid);
    }

    private void edit(Long id, WijkDraft draft) {
        var form = new WijkEditor(id == null ? new java.util.TreeMap<>() : directory.householdsWithChildren(id));
        new EditorDialog<>(getTranslation(id == null ? "wijk.new" : "wijk.edit"), form, form.binder, draft,
                changed -> directory.saveWijk(id, changed), grid.getDataProvider()::refreshAll).open();
    }

    @Override
    public String titleKey() {
        return "menu.wijken";
    }

    static class WijkEditor extends FormLayout {

        final TextField name = new TextField(getTranslation("wijk.name"));
        final TextField municipality = new TextField(getTranslation("wijk.municipality"));
        final TextField cbsCode = new TextField(getTranslation("wijk.cbs-code"));
        final IntegerField householdsYear = new IntegerField(getTranslation("wijk.households.year"));
        final IntegerField householdsWithChildren = new IntegerField(getTranslation("wijk.households"));
        final FormBinder<WijkDraft> binder = new FormBinder<>(WijkDraft.class);

        WijkEditor(SortedMap<Integer, Integer> known) {
            name.setId("name");
            municipality.setId("municipality");
            cbsCode.setId("cbs-code");
            cbsCode.setHelperText(getTranslation("wijk.cbs-code.help"));
            householdsYear.setId("households-year");
            householdsWithChildren.setId("households");
            householdsWithChildren.setHelperText(known.isEmpty() ? getTranslation("wijk.households.help")
                    : getTranslation("wijk.households.known", known.entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))));
            binder.bindInstanceFields(this);
            add(name, municipality, cbsCode, householdsYear, householdsWithChildren);
        }
    }
}
