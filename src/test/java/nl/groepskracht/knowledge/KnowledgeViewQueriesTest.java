package nl.groepskracht.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A search typed on the knowledge page is read and run once: its first page in the grid, its
 * "Bedoelde u …?" and whether it found anything come from one call of the search, which asks the
 * database only its role rule's question. Before, the page planned the text three times per search
 * (the hits, the correction, a count), each call with its own role rule.
 */
class KnowledgeViewQueriesTest extends KaribuTest {

    @Autowired
    SqlStatements sql;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    DirectoryService directory;

    @Test
    @SuppressWarnings("unchecked")
    void a_typed_search_costs_the_page_what_one_search_costs() throws Exception {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        String marker = Items.marker();
        long id = nl.groepskracht.support.Accounts.as(fatima, () -> knowledge.create(Items.draft(directory,
                "Loyaliteit tussen twee huizen", "Samen.", "Tekst.", marker)));
        UI.getCurrent().navigate("kennis", QueryParameters.of("tags", marker));
        Grid<SearchHit> results = _get(Grid.class, spec -> spec.withId("knowledge-results"));
        var filter = new SearchFilter("loyalitiet", null, null, null, false, Items.only(marker));
        // the first search with words reads the themes and synonyms (SearchVocabulary); then one costs its role rule
        search.search(filter, PageRequest.of(0, results.getPageSize()));
        long oneSearch = sql.during(() -> search.search(filter, PageRequest.of(0, results.getPageSize())));

        long typed = sql.during(() -> {
            _get(TextField.class, spec -> spec.withId("knowledge-query")).setValue("loyalitiet");
            assertThat(GridKt._fetch(results, 0, results.getPageSize())).extracting(SearchHit::id)
                    .containsExactly(id);
        });

        assertThat(typed).isEqualTo(oneSearch);
        assertThat(_get(Anchor.class, spec -> spec.withId("did-you-mean-link")).getText()).isEqualTo("loyaliteit");
        // the next page is the grid's own question
        assertThat(GridKt._fetch(results, results.getPageSize(), results.getPageSize())).isEmpty();

        _get(TextField.class, spec -> spec.withId("knowledge-query")).setValue("zonvliegwolk");
        assertThat(GridKt._fetch(results, 0, results.getPageSize())).isEmpty();
        // an empty result says so, from the same read
        assertThat(results.getEmptyStateComponent().getElement().getTextRecursively())
                .contains(results.getTranslation("knowledge.none"));
    }
}
