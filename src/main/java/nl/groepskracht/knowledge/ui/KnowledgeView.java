package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.knowledge.FilterSuggestion;
import nl.groepskracht.knowledge.KnowledgeSearch;
import nl.groepskracht.knowledge.SearchFilter;
import nl.groepskracht.knowledge.SearchHit;
import org.springframework.data.domain.Sort;
import nl.groepskracht.base.ui.OnceButton;

/**
 * "Kennisbank": every professional searches what colleagues in all wijken wrote down. Results load
 * a page at a time; an empty result offers to drop a filter.
 */
@Route("kennis")
@Menu(order = 30, title = "knowledge.menu", icon = "vaadin:book")
@PermitAll
@StyleSheet("groepskracht/knowledge.css")
public class KnowledgeView extends VerticalLayout implements TranslatedTitle {

    private final KnowledgeSearch search;
    private final KnowledgeFilters filters;
    private final Grid<SearchHit> results = new Grid<>();
    private final Div empty = new Div();

    KnowledgeView(KnowledgeSearch search, DirectoryService directory, KnowledgeLabels labels,
            AuthenticationContext auth) {
        this.search = search;
        addClassName("gk-page");
        setSizeFull();
        filters = new KnowledgeFilters(directory.allThemes(), directory.allWijken(), this::refresh);
        Map<Long, String> themes = labels.themes();
        Map<Long, String> wijken = labels.wijken();
        results.addComponentColumn(hit -> new HitCard(hit, themes, wijken));
        results.setId("knowledge-results");
        results.setEmptyStateComponent(empty);
        empty.addClassName("gk-kb-empty");
        Grids.loadLazily(results, page -> search.search(filters.value(), page), Sort.unsorted());
        var header = new ViewHeader(getTranslation("knowledge.menu"));
        if (auth.hasAnyRole(Roles.FACILITATOR, Roles.ADVISEUR)) {
            var add = new OnceButton(getTranslation("knowledge.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("kennis/nieuw")));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-item");
            header.add(add);
        }
        add(header, filters, results);
        setFlexGrow(1, results);
        showEmptyState();
    }

    private void refresh() {
        results.getDataProvider().refreshAll();
        showEmptyState();
    }

    /** What an empty result says: nothing found, and which filter to drop to find something. */
    private void showEmptyState() {
        empty.removeAll();
        SearchFilter filter = filters.value();
        if (search.count(filter) > 0) {
            return;
        }
        empty.add(new Paragraph(getTranslation("knowledge.none")));
        for (FilterSuggestion suggestion : search.withoutOneFilter(filter)) {
            var drop = new Button(getTranslation("knowledge.drop-filter",
                    getTranslation("knowledge.filter." + suggestion.filter()), suggestion.hits()),
                    e -> filters.clear(suggestion.filter()));
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            drop.setId("drop-filter-" + suggestion.filter());
            empty.add(drop);
        }
    }

    @Override
    public String titleKey() {
        return "knowledge.menu";
    }
}
