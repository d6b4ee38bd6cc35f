package nl.groepskracht.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 20 in the portal (Karibu): a search from its address, "Bedoelde u", the group page's link, the synonym list. */
class KnowledgeAddressViewTest extends KaribuTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeSynonyms synonyms;
    @Autowired
    DirectoryService directory;
    @Autowired
    GroupService groups;

    @Test
    @SuppressWarnings("unchecked")
    void an_address_with_a_search_opens_that_search_and_offers_the_spelling_the_index_knows() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        String marker = Items.marker();
        long id = as(fatima, () -> knowledge.create(Items.draft(directory, "Loyaliteit tussen twee huizen", "Samen.",
                "Tekst.", marker)));
        open("kennis?q=loyalitiet&thema=echtscheiding&tags=" + marker);

        assertThat(_get(TextField.class, spec -> spec.withId("knowledge-query")).getValue()).isEqualTo("loyalitiet");
        ComboBox<ThemeItem> theme = _get(ComboBox.class, spec -> spec.withId("filter-theme"));
        assertThat(theme.getValue().code()).isEqualTo("echtscheiding");
        assertThat(_get(TextField.class, spec -> spec.withId("filter-tags")).getValue()).isEqualTo(marker);
        Grid<SearchHit> results = _get(Grid.class, spec -> spec.withId("knowledge-results"));
        assertThat(GridKt._fetch(results, 0, 10)).extracting(SearchHit::id).containsExactly(id);
        Anchor suggestion = _get(Anchor.class, spec -> spec.withId("did-you-mean-link"));
        assertThat(suggestion.getText()).isEqualTo("loyaliteit");
        assertThat(suggestion.getHref()).isEqualTo("kennis?q=loyaliteit&thema=echtscheiding&tags=" + marker);

        open(suggestion.getHref());
        assertThat(_get(TextField.class, spec -> spec.withId("knowledge-query")).getValue()).isEqualTo("loyaliteit");
        assertThat(_find(Anchor.class, spec -> spec.withId("did-you-mean-link"))).isEmpty();
    }

    @Test
    void the_group_page_lists_what_the_search_for_its_theme_finds_and_links_to_that_search() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        // the theme's name as a phrase: among the ten most relevant whatever other tests left in the index
        long item = as(fatima, () -> knowledge.create(Items.draft(directory,
                "Echtscheiding en veranderend ouderschap: herkenning", "Ouders horen dat ze niet de enige zijn.", "",
                Items.marker())));
        navigate("groepen/" + groupId + "/kennis");
        assertThat(_find(Anchor.class, spec -> spec.withId("hit-" + item))).hasSize(1);
        Anchor more = _get(Anchor.class, spec -> spec.withId("group-knowledge-more"));
        open(more.getHref());
        assertThat(_get(TextField.class, spec -> spec.withId("knowledge-query")).getValue())
                .isEqualTo("Echtscheiding en veranderend ouderschap");
    }

    @Test
    void the_adviseur_keeps_the_synonym_list_and_a_group_of_one_word_is_refused_at_the_field() {
        loginAs("Joost", Role.ADVISEUR);
        navigate("kennis");
        navigate(_get(Anchor.class, spec -> spec.withId("synonyms-link")).getHref());
        int before = synonymCount();
        _click(_get(Button.class, spec -> spec.withId("add")));
        TextArea words = _get(TextArea.class, spec -> spec.withId("words"));
        words.setValue("alleen");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(words.isInvalid()).isTrue();
        assertThat(words.getErrorMessage()).isEqualTo("Vul minstens twee verschillende woorden in, gescheiden door komma's.");
        words.setValue("scheiding, breuk");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(words.getErrorMessage()).isEqualTo("\"scheiding\" staat al in een andere groep.");
        assertThat(synonymCount()).isEqualTo(before);

        words.setValue("vechtscheiding, conflictscheiding");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(synonymCount()).isEqualTo(before + 1);
        @SuppressWarnings("unchecked")
        Grid<SynonymGroupItem> grid = _get(Grid.class, spec -> spec.withId("synonym-groups"));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(SynonymGroupItem::text)
                .contains("vechtscheiding, conflictscheiding");
        long id = GridKt._fetch(grid, 0, 100).stream().filter(g -> g.text().startsWith("vechtscheiding")).findFirst()
                .orElseThrow().id();
        as(accounts.create("Admin", Role.ADMIN), () -> synonyms.delete(id));
    }

    @Test
    void a_facilitator_uses_the_synonym_list_but_does_not_keep_it() {
        loginAs("Fatima", Role.FACILITATOR);
        navigate("kennis");
        assertThat(_find(Anchor.class, spec -> spec.withId("synonyms-link"))).isEmpty();
        UI.getCurrent().navigate("kennis/zoekwoorden");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

    /** Opens an address as a link in the page would (path and query). */
    private static void open(String address) {
        int query = address.indexOf('?');
        UI.getCurrent().navigate(address.substring(0, query),
                com.vaadin.flow.router.QueryParameters.fromString(address.substring(query + 1)));
    }

    private int synonymCount() {
        return as(accounts.create("Lezer" + System.nanoTime(), Role.FACILITATOR), () -> synonyms.list()).size();
    }
}
