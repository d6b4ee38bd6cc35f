package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.knowledge.DiffLine;
import nl.groepskracht.knowledge.ItemDetails;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.knowledge.KnowledgeVersions;
import nl.groepskracht.knowledge.Markdown;
import nl.groepskracht.knowledge.VersionInfo;
import nl.groepskracht.knowledge.VersionText;
import nl.groepskracht.base.ui.OnceButton;

/**
 * An item's history: every version with who and when; read one, compare two, and (author or
 * adviseur) restore one, which saves it as the newest version.
 */
@Route("kennis/:itemId(\\d+)/versies")
@PermitAll
@StyleSheet("groepskracht/knowledge.css")
public class VersionsView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final KnowledgeService knowledge;
    private final KnowledgeVersions versions;
    private final Div shown = new Div();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private ItemDetails item;

    VersionsView(KnowledgeService knowledge, KnowledgeVersions versions) {
        this.knowledge = knowledge;
        this.versions = versions;
        addClassName("gk-page");
        shown.setWidthFull();
        shown.setId("version-shown");
        from.setLabel(getTranslation("knowledge.versions.from"));
        to.setLabel(getTranslation("knowledge.versions.to"));
        from.setId("diff-from");
        to.setId("diff-to");
        from.addValueChangeListener(e -> showDiff());
        to.addValueChangeListener(e -> showDiff());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "itemId", id -> show(knowledge.get(id)));
    }

    private void show(ItemDetails details) {
        item = details;
        removeAll();
        shown.removeAll();
        List<VersionInfo> all = versions.versions(item.id());
        var grid = new Grid<VersionInfo>();
        grid.addColumn(VersionInfo::number).setHeader(getTranslation("knowledge.versions.number")).setFlexGrow(0)
                .setAutoWidth(true);
        grid.addColumn(v -> KnowledgeLabels.dateTime(v.editedAt())).setHeader(getTranslation("knowledge.versions.when"));
        grid.addColumn(VersionInfo::editorName).setHeader(getTranslation("knowledge.versions.who"));
        grid.addColumn(v -> v.restoredFrom() == null ? ""
                : getTranslation("knowledge.versions.restored-from", v.restoredFrom()))
                .setHeader(getTranslation("knowledge.versions.note"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        grid.setId("versions");
        List<Integer> numbers = all.stream().map(VersionInfo::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        add(new Anchor("kennis/" + item.id(), getTranslation("knowledge.back-to-item")),
                new ViewHeader(getTranslation("knowledge.versions.title", item.title())), grid,
                new H2(getTranslation("knowledge.versions.compare")), new Div(from, to), shown);
        if (numbers.size() > 1) {
            from.setValue(numbers.get(1));
            to.setValue(numbers.get(0));
        }
    }

    private Div actions(VersionInfo version) {
        var view = new Button(getTranslation("knowledge.versions.view"), e -> showVersion(version.number()));
        view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        view.setId("view-" + version.number());
        var actions = new Div(view);
        if (item.editable() && version.number() != item.revision()) {
            var restore = new OnceButton(getTranslation("knowledge.versions.restore"), e -> {
                versions.restore(item.id(), version.number());
                show(knowledge.get(item.id()));
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.setId("restore-" + version.number());
            actions.add(restore);
        }
        return actions;
    }

    private void showVersion(int number) {
        VersionText text = versions.version(item.id(), number);
        var body = new Div();
        body.addClassName("gk-kb-body");
        body.getElement().setProperty("innerHTML", Markdown.toSafeHtml(text.body()));
        shown.removeAll();
        shown.add(new H2(getTranslation("knowledge.versions.shown", number, text.title())), body);
    }

    private void showDiff() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        var diff = new Div();
        diff.addClassName("gk-kb-diff");
        for (DiffLine line : versions.diff(item.id(), from.getValue(), to.getValue())) {
            var row = new Div(line.text().isEmpty() ? "\u00a0" : line.text());
            if (line.change() != DiffLine.Change.SAME) {
                row.addClassName(line.change() == DiffLine.Change.ADDED ? "added" : "removed");
            }
            diff.add(row);
        }
        shown.removeAll();
        shown.add(diff);
    }

    @Override
    public String titleKey() {
        return "knowledge.versions";
    }
}
