package nl.groepskracht.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.Grids;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.knowledge.FilterSuggestion;
import nl.groepskracht.knowledge.HitPage;
import nl.groepskracht.knowledge.KnowledgeSearch;
import nl.groepskracht.knowledge.SearchFilter;
import nl.groepskracht.knowledge.SearchHit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import nl.groepskracht.base.ui.OnceButton;

/**
 * "Kennisbank": every professional searches what colleagues in all wijken wrote down. The search is
 * in the address ({@link KnowledgeParameters}), so it can be bookmarked and sent. Results load a
 * page at a time; a word no item holds gets "Bedoelde u …?"; an empty result offers to drop a filter.
 * A new search is read once: its first page, its "Bedoelde u …?" and whether it found anything come
 * from one {@link KnowledgeSearch#page} call, and the grid's first fetch gets that page.
 */
@Route("kennis")
@Menu(order = 30, title = "knowledge.menu", icon = "vaadin:book")
@PermitAll
@StyleSheet("groepskracht/knowledge.css")
public class KnowledgeView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final KnowledgeSearch search;
    private final KnowledgeFilters filters;
    private final List<ThemeItem> themes;
    private final List<WijkItem> wijkList;
    private final Grid<SearchHit> results = new Grid<>();
    private final Div correction = new Div();
    private final Div empty = new Div();
    /** The first page the last refresh read, until the grid fetches it. */
    private HitPage first;

    KnowledgeView(KnowledgeSearch search, DirectoryService directory, AuthenticationContext auth) {
        this.search = search;
        addClassName("gk-page");
        setSizeFull();
        themes = directory.allThemes();
        wijkList = directory.allWijken();
        filters = new KnowledgeFilters(themes, wijkList, this::searched);
        Map<Long, String> themes = KnowledgeLabels.themes(this.themes);
        Map<Long, String> wijken = KnowledgeLabels.wijken(wijkList);
        results.addComponentColumn(hit -> new HitCard(hit, themes, wijken));
        results.setId("knowledge-results");
        results.setEmptyStateComponent(empty);
        empty.addClassName("gk-kb-empty");
        Grids.loadLazily(results, this::page, Sort.unsorted());
        var header = new ViewHeader(getTranslation("knowledge.menu"));
        if (auth.hasAnyRole(Roles.FACILITATOR, Roles.ADVISEUR)) {
            var add = new OnceButton(getTranslation("knowledge.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("kennis/nieuw")));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-item");
            header.add(add);
        }
        if (auth.hasAnyRole(Roles.ADVISEUR, Roles.ADMIN)) {
            var synonyms = new Anchor(SynonymsView.ROUTE, getTranslation("knowledge.synonyms.menu"));
            synonyms.setId("synonyms-link");
            header.add(synonyms);
        }
        correction.setId("did-you-mean");
        correction.addClassName("gk-kb-did-you-mean");
        add(header, filters, correction, results);
        setFlexGrow(1, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.put(KnowledgeParameters.read(event.getLocation().getQueryParameters(), themes, wijkList));
        refresh();
    }

    /** A new search typed or picked: run it and put it in the address (without a new history entry). */
    private void searched() {
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                KnowledgeParameters.location(filters.value(), themes)));
    }

    private void refresh() {
        SearchFilter filter = filters.value();
        first = search.page(filter, PageRequest.of(0, results.getPageSize()));
        results.getDataProvider().refreshAll();
        showCorrection(filter, first);
        showEmptyState(filter, first);
    }

    /** The page the grid asks for: the one the refresh read, the first time it asks for that one. */
    private Page<SearchHit> page(Pageable page) {
        HitPage read = first;
        first = null;
        if (read != null && read.hits().getPageable().equals(page)) {
            return read.hits();
        }
        return search.search(filters.value(), page);
    }

    /** "Bedoelde u: …?" with a link to that search, when a word is in no item but a close one is. */
    private void showCorrection(SearchFilter filter, HitPage read) {
        correction.removeAll();
        read.correction().ifPresent(text -> {
            var corrected = new SearchFilter(text, filter.themeId(), filter.kind(), filter.wijkId(),
                    filter.otherWijken(), filter.tags());
            var link = new Anchor(KnowledgeParameters.location(corrected, themes), text);
            link.setId("did-you-mean-link");
            correction.add(new Span(getTranslation("knowledge.did-you-mean")), link);
        });
        correction.setVisible(correction.getComponentCount() > 0);
    }

    /** What an empty result says: nothing found, and which filter to drop to find something. */
    private void showEmptyState(SearchFilter filter, HitPage read) {
        empty.removeAll();
        if (read.unavailable()) {
            empty.add(new Paragraph(getTranslation("knowledge.unavailable")));
            return;
        }
        if (read.hits().getTotalElements() > 0) {
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
