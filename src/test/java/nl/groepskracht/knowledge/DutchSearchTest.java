package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeDraft;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * What Dutch professionals type (issue 20): compounds both ways, the adviseur's synonyms, typos,
 * "niet", derivations, a theme's name, and whole words before compound parts. Items are of the
 * spelinloop theme unless the test is about a theme, so no theme name interferes.
 */
@SpringBootTest
class DutchSearchTest {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    KnowledgeSearch search;
    @Autowired
    KnowledgeSynonyms synonyms;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;

    Professional fatima;
    Professional adviseur;
    String marker;

    @BeforeEach
    void setUp() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        adviseur = accounts.create("Joost", Role.ADVISEUR);
        marker = Items.marker();
    }

    @Test
    void a_part_finds_the_compound_and_a_compound_finds_its_parts() {
        long compound = item("Vragen in de wijk", "Wat het buurtteam hoort.", "Veel echtscheidingsproblematiek.");
        long parts = item("Water op tafel", "Minder suiker.", "Ouders schonken geen frisdrank meer.");
        item("Spelen op de vloer", "Blokken en boekjes.", "Ouders spelen mee.");
        assertThat(find("scheiding")).containsExactly(compound);
        assertThat(find("suikerhoudende dranken")).containsExactly(parts);
    }

    @Test
    void a_whole_word_ranks_above_a_compound_part_also_in_the_title_and_above_a_part_in_the_text() {
        long partInTitle = item("Echtscheidingsproblematiek", "Een overzicht.", "");
        long partInBody = item("Overzicht", "Een overzicht.", "Over echtscheidingsproblematiek.");
        long wholeInTitle = item("Scheiding", "Een overzicht.", "");
        assertThat(find("scheiding")).containsExactly(wholeInTitle, partInTitle, partInBody);
    }

    @Test
    void a_synonym_the_adviseur_adds_counts_from_the_next_search_and_stops_when_deleted() {
        long item = item("Praten over loyaliteit", "Met een kaartspel.", "");
        assertThat(find("kwartet")).isEmpty();
        long group = as(adviseur, () -> synonyms.save(null, "kwartet, kaartspel"));
        assertThat(find("kwartet")).containsExactly(item);
        as(adviseur, () -> synonyms.delete(group));
        assertThat(find("kwartet")).isEmpty();
    }

    @Test
    void a_typo_still_finds_the_item_and_the_search_suggests_the_word() {
        long item = item("Loyaliteit", "Kinderen tussen twee huizen.", "");
        assertThat(find("loyalitiet")).containsExactly(item);
        assertThat(as(fatima, () -> search.correction(filter("kinderen loyalitiet")))).contains("kinderen loyaliteit");
        assertThat(as(fatima, () -> search.correction(filter("loyaliteit")))).isEmpty();
    }

    /**
     * The demo data's case: "echtscheiding" is the theme's code word and in the synonym list, but no
     * item's own text holds it. Words no item in the shared index holds: invented ones.
     */
    @Test
    void a_typo_of_a_word_only_the_synonym_list_or_a_theme_name_holds_is_corrected_too() {
        String synonym = "wolkvlieg" + letters();
        String themeWord = "regenmuts" + letters();
        long group = as(adviseur, () -> synonyms.save(null, synonym + ", " + "zonvlieg" + letters()));
        var theme = new ThemeDraft();
        theme.setCode(themeWord);
        theme.setName(themeWord.substring(0, 1).toUpperCase() + themeWord.substring(1) + " en zo");
        long themeId = as(adviseur, () -> directory.saveTheme(null, theme));
        long item = item("Water op tafel", "Minder snoep.", "", themeWord);
        try {
            assertThat(as(fatima, () -> search.correction(filter("kinderen " + swapLastTwo(synonym)))))
                    .contains("kinderen " + synonym);
            assertThat(as(fatima, () -> search.correction(filter(swapLastTwo(themeWord))))).contains(themeWord);
            // the corrected word names the theme, so its items are found
            assertThat(find(swapLastTwo(themeWord))).containsExactly(item);
            // rightly typed, such a word is known: no "Bedoelde u"
            assertThat(as(fatima, () -> search.correction(filter(synonym)))).isEmpty();
            assertThat(as(fatima, () -> search.correction(filter(themeWord)))).isEmpty();
        } finally {
            as(adviseur, () -> synonyms.delete(group));
        }
        assertThat(themeId).isPositive();
    }

    @Test
    void niet_is_kept_so_the_item_about_not_going_to_school_comes_first() {
        long not = item("Thuis", "Kinderen die niet naar school gaan.", "");
        long going = item("Thuis", "Kinderen gaan graag naar school.", "");
        assertThat(find("kinderen niet naar school")).containsExactly(not, going);
        assertThat(find("niet")).containsExactlyInAnyOrder(not);
    }

    @Test
    void derivations_the_stemmer_misses_find_each_other() {
        long thuiszitten = item("Thuiszitten", "Wat ouders doen.", "");
        long thuis = item("Thuis spelen", "Wat ouders doen.", "");
        long dreumesjes = item("Een hoek voor dreumesjes", "Blokken.", "");
        // the whole word first: "thuis" is only a part of what was typed
        assertThat(find("thuiszitter")).containsExactly(thuiszitten, thuis);
        assertThat(find("dreumes")).containsExactly(dreumesjes);
    }

    @Test
    void the_theme_name_finds_its_items_also_without_the_word() {
        long overweight = item("Water op tafel", "Minder snoep.", "", "overgewicht");
        item("Spelen op de vloer", "Blokken en boekjes.", "");
        assertThat(find("overgewicht")).containsExactly(overweight);
        assertThat(find("Overgewicht en grenzen stellen")).containsExactly(overweight);
    }

    private long item(String title, String summary, String body) {
        return item(title, summary, body, "spelinloop");
    }

    private long item(String title, String summary, String body, String theme) {
        KnowledgeDraft draft = Items.draft(directory, title, summary, body, marker);
        draft.setThemeId(Items.theme(directory, theme));
        return as(fatima, () -> knowledge.create(draft));
    }

    /** Six consonants, none twice in a row: no compound part (they all hold a vowel), new at every run. */
    static String letters() {
        String consonants = "bcdfghjklmnpqrstvwxz";
        var random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        while (letters.length() < 6) {
            char next = consonants.charAt(random.nextInt(consonants.length()));
            if (letters.isEmpty() || letters.charAt(letters.length() - 1) != next) {
                letters.append(next);
            }
        }
        return letters.toString();
    }

    private static String swapLastTwo(String word) {
        int n = word.length();
        return word.substring(0, n - 2) + word.charAt(n - 1) + word.charAt(n - 2);
    }

    private SearchFilter filter(String words) {
        return new SearchFilter(words, null, null, null, false, Items.only(marker));
    }

    private List<Long> find(String words) {
        return as(fatima, () -> search.search(filter(words), PageRequest.of(0, 20))).getContent().stream()
                .map(SearchHit::id).toList();
    }
}
