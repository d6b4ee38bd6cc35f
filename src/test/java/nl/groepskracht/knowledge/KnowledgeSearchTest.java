package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** Dutch full-text search: stemming, ranking, filters. Each test's items carry their own marker tag. */
@SpringBootTest
class KnowledgeSearchTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    KnowledgeAttachments attachments;
    @Autowired
    DirectoryService directory;
    @Autowired
    GroupService groups;
    @Autowired
    Accounts accounts;

    Professional fatima;
    String marker;

    @BeforeEach
    void setUp() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        marker = Items.marker();
    }

    @Test
    void dutch_words_find_their_other_forms() {
        long divorce = item("Avond voor gescheiden ouders", "Ouders die uit elkaar zijn praten samen.", "");
        long children = item("Spelen met kinderen", "Ouder en kind samen op de vloer.", "Kinderen leren spelend.",
                KnowledgeKind.WERKZAAM_ELEMENT, "spelinloop", null);
        long cafe = item("Koffie in het buurtcafé", "Ontmoeten zonder drempel.", "", KnowledgeKind.WERKZAAM_ELEMENT,
                "spelinloop", null);
        assertThat(find("scheiding")).containsExactly(divorce);
        assertThat(find("kind")).containsExactly(children);
        assertThat(find("kinderen")).containsExactly(children);
        assertThat(find("buurtcafe")).containsExactly(cafe);
        assertThat(find("de het een")).isEmpty();
    }

    @Test
    void an_exact_phrase_comes_first_and_quotes_ask_for_it() {
        long scattered = item("Overdracht", "Ervaringen: ouders vertellen, anderen delen tips.",
                "Ouders vertellen. Wat anderen delen helpt. Ervaringen van vaders en moeders.");
        long phrase = item("Overdracht", "Samen leren.", "In de groep ouders delen ervaringen over de overdracht.");
        assertThat(find("ouders delen ervaringen")).containsExactly(phrase, scattered);
        assertThat(find("\"ouders delen ervaringen\"")).containsExactly(phrase);
    }

    @Test
    void items_with_all_words_come_before_items_with_some() {
        long some = item("Vaders in de groep", "Vaders vertellen, vaders luisteren.", "Vaders, vaders en vaders.");
        long all = item("Een avond", "Over de overdracht.", "Vaders praten over de overdracht van de kinderen.");
        assertThat(find("vaders overdracht")).containsExactly(all, some);
    }

    @Test
    void a_word_in_the_title_weighs_more_than_in_tags_body_or_attachment() {
        long inAttachment = item("Een avond", "Samen praten.", "Wat we deden.");
        as(fatima, () -> attachments.add(inAttachment, "werkblad.pdf", -1,
                new ByteArrayInputStream(TestFiles.pdf("Oefening over loyaliteit van kinderen"))));
        long inBody = item("Een avond", "Samen praten.", "We spraken over loyaliteit van kinderen.");
        long inTags = item("Een avond", "Samen praten.", "Wat we deden.", "loyaliteit");
        long inTitle = item("Loyaliteit", "Samen praten.", "Wat we deden.");
        assertThat(find("loyaliteit")).containsExactly(inTitle, inTags, inBody, inAttachment);
    }

    @Test
    void results_show_a_highlighted_snippet_and_say_when_the_words_were_in_an_attachment() {
        long id = item("Draaiboek", "Acht avonden.", "Zie de bijlage.");
        as(fatima, () -> attachments.add(id, "draaiboek.pdf", -1,
                new ByteArrayInputStream(TestFiles.pdf("Avond drie: het ouderschapsplan in de praktijk"))));
        SearchHit hit = hits(new SearchFilter("ouderschapsplan", null, null, null, false, Items.only(marker)))
                .getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>ouderschapsplan</mark>");
        assertThat(hit.foundInAttachment()).isEqualTo("draaiboek.pdf");
        SearchHit inBody = hits(new SearchFilter("bijlage", null, null, null, false, Items.only(marker))).getFirst();
        assertThat(inBody.snippetHtml()).contains("<mark>bijlage</mark>");
        assertThat(inBody.foundInAttachment()).isNull();
    }

    @Test
    void the_snippet_shows_the_typed_compound_in_the_attachment_rather_than_its_part_in_the_summary() {
        long id = item("Werkvormen voor de derde avond", "Een spel over loyaliteit dat ouders aan het praten krijgt.",
                "");
        as(fatima, () -> attachments.add(id, "draaiboek-derde-avond.pdf", -1,
                new ByteArrayInputStream(TestFiles.pdf("Draaiboek derde avond", "Werkvorm: het kwartetspel over loyaliteit."))));
        SearchHit hit = hits(new SearchFilter("kwartetspel", null, null, null, false, Items.only(marker))).getFirst();
        assertThat(hit.snippetHtml()).contains("<mark>kwartetspel</mark>").doesNotContain("<mark>spel</mark>");
        assertThat(hit.foundInAttachment()).isEqualTo("draaiboek-derde-avond.pdf");
        // the part alone is a whole word of the summary: there it is shown
        SearchHit part = hits(new SearchFilter("spel", null, null, null, false, Items.only(marker))).getFirst();
        assertThat(part.snippetHtml()).contains("<mark>spel</mark>");
        assertThat(part.foundInAttachment()).isNull();
    }

    /** The group page's hits are marked as the knowledge base's: {@code <mark>}, the text escaped (it had {@code <em>}). */
    @Test
    void the_group_page_marks_the_words_of_its_theme_as_the_search_does() {
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        long id = item("Echtscheiding en veranderend ouderschap: tips & ervaringen", "Ouders horen het van elkaar.", "");
        SearchHit hit = as(fatima, () -> search.forGroup(groupId, 10)).stream().filter(h -> h.id() == id)
                .findFirst().orElseThrow();
        assertThat(hit.titleHtml()).startsWith("<mark>Echtscheiding").contains("ouderschap</mark>")
                .doesNotContain("<em>").endsWith(": tips &amp; ervaringen");
    }

    @Test
    void filters_combine_and_an_empty_result_names_the_filter_to_drop() {
        long overvecht = Items.wijk(directory, "Overvecht");
        long kanaleneiland = Items.wijk(directory, "Kanaleneiland");
        long target = item("Grenzen stellen", "Nee zeggen.", "", KnowledgeKind.MATERIAAL, "overgewicht", overvecht);
        item("Grenzen stellen", "Nee zeggen.", "", KnowledgeKind.WERKZAAM_ELEMENT, "overgewicht", overvecht);
        item("Grenzen stellen", "Nee zeggen.", "", KnowledgeKind.MATERIAAL, "echtscheiding", overvecht);
        item("Grenzen stellen", "Nee zeggen.", "", KnowledgeKind.MATERIAAL, "overgewicht", kanaleneiland);
        long theme = Items.theme(directory, "overgewicht");
        var filter = new SearchFilter("grenzen", theme, KnowledgeKind.MATERIAAL, overvecht, false,
                Items.only(marker));
        assertThat(ids(filter)).containsExactly(target);

        var nothing = new SearchFilter("grenzen", theme, KnowledgeKind.EVALUATIE, overvecht, false,
                Items.only(marker));
        assertThat(ids(nothing)).isEmpty();
        assertThat(as(fatima, () -> search.withoutOneFilter(nothing))).contains(new FilterSuggestion("kind", 2))
                .extracting(FilterSuggestion::filter).doesNotContain("theme", "wijk");
    }

    @Test
    void other_wijken_means_wijken_without_a_group_of_mine() {
        long overvecht = Items.wijk(directory, "Overvecht");
        long kanaleneiland = Items.wijk(directory, "Kanaleneiland");
        var group = Fixtures.group(directory, "echtscheiding", Set.of());
        group.setWijkId(overvecht);
        as(fatima, () -> groups.create(group));
        item("Wijkaanpak", "Hier.", "", KnowledgeKind.AANPAK, "echtscheiding", overvecht);
        long elsewhere = item("Wijkaanpak", "Daar.", "", KnowledgeKind.AANPAK, "echtscheiding", kanaleneiland);
        item("Wijkaanpak", "Overal.", "", KnowledgeKind.AANPAK, "echtscheiding", null);
        assertThat(ids(new SearchFilter("wijkaanpak", null, null, null, true, Items.only(marker))))
                .containsExactly(elsewhere);
    }

    private long item(String title, String summary, String body, String... tags) {
        return item(title, summary, body, KnowledgeKind.WERKZAAM_ELEMENT, "echtscheiding", null, tags);
    }

    private long item(String title, String summary, String body, KnowledgeKind kind, String theme, Long wijk,
            String... tags) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of(marker), java.util.Arrays.stream(tags))
                .toArray(String[]::new);
        KnowledgeDraft draft = Items.draft(directory, title, summary, body, all);
        draft.setKind(kind);
        draft.setThemeId(Items.theme(directory, theme));
        draft.setWijkId(wijk);
        return as(fatima, () -> knowledge.create(draft));
    }

    private List<Long> find(String words) {
        return ids(new SearchFilter(words, null, null, null, false, Items.only(marker)));
    }

    private List<Long> ids(SearchFilter filter) {
        return hits(filter).stream().map(SearchHit::id).toList();
    }

    private List<SearchHit> hits(SearchFilter filter) {
        return as(fatima, () -> search.search(filter, PageRequest.of(0, 20))).getContent();
    }
}
