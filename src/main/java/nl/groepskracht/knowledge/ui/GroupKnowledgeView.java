package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.ui.RouteParameters;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.KnowledgeSearch;
import nl.groepskracht.knowledge.KnowledgeService;
import nl.groepskracht.knowledge.SearchHit;

/**
 * Knowledge for one group (linked from the group page): what colleagues wrote about its theme, most
 * relevant first — the knowledge base's own search for the theme's name, with a link to it — and
 * the group's own session reports.
 */
@Route("groepen/:groupId/kennis")
@PermitAll
@StyleSheet("groepskracht/knowledge.css")
public class GroupKnowledgeView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private static final int RELEVANT = 10;
    private final KnowledgeSearch search;
    private final KnowledgeService knowledge;
    private final GroupService groups;
    private final KnowledgeLabels labels;
    private final java.util.function.Supplier<List<nl.groepskracht.directory.ThemeItem>> themes;

    GroupKnowledgeView(KnowledgeSearch search, KnowledgeService knowledge, GroupService groups,
            KnowledgeLabels labels, nl.groepskracht.directory.DirectoryService directory) {
        this.search = search;
        this.themes = directory::allThemes;
        this.knowledge = knowledge;
        this.groups = groups;
        this.labels = labels;
        addClassName("gk-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters.showById(event, "groupId", id -> {
            String name = groups.get(id).name();
            removeAll();
            var more = new Anchor(KnowledgeParameters.location(search.forGroupFilter(id), themes.get()),
                    getTranslation("knowledge.group.more"));
            more.setId("group-knowledge-more");
            add(new Anchor("groepen/" + id, getTranslation("group.back")),
                    new ViewHeader(getTranslation("knowledge.group.title", name)),
                    new H2(getTranslation("knowledge.group.relevant")), list(search.forGroup(id, RELEVANT), "relevant"),
                    more, new H2(getTranslation("knowledge.group.own")), list(knowledge.ofGroup(id), "own"));
        });
    }

    private Div list(List<SearchHit> hits, String id) {
        Map<Long, String> themes = labels.themes();
        Map<Long, String> wijken = labels.wijken();
        var list = new Div();
        list.setId("group-knowledge-" + id);
        hits.forEach(hit -> list.add(new HitCard(hit, themes, wijken)));
        if (hits.isEmpty()) {
            list.add(new Paragraph(getTranslation("knowledge.none")));
        }
        return list;
    }

    @Override
    public String titleKey() {
        return "knowledge.group.menu";
    }
}
