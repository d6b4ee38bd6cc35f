package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A search with words asks the database no more than one without (its role rule reads the signed-in
 * account, nothing else): the themes, the synonym list and the spell checker's own words are read once
 * and kept ({@link SearchVocabulary}), the hits and their snippets come from the index. A change to the
 * synonyms is read again by the next search, and found by it. On the test's clock, which does not move
 * here, nothing expires in between.
 */
@SmtpAndClockTest
class KnowledgeSearchQueriesTest {

    @Autowired
    SqlStatements sql;
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
    void a_search_with_a_synonym_a_typo_and_a_theme_word_costs_no_sql_statement() throws Exception {
        long item = item("Loyaliteit tussen twee huizen", "Kinderen van gescheiden ouders.", "Wat werkt.");
        find("loyaliteit");
        long withoutWords = withoutWords();
        // "scheiding": a synonym group and the theme's code word; "loyalitiet": a typo
        assertThat(sql.during(() -> assertThat(find("scheiding loyalitiet")).containsExactly(item)))
                .isEqualTo(withoutWords);
        assertThat(sql.during(() -> assertThat(as(fatima, () -> search.correction(filter("scheiding loyalitiet"))))
                .contains("scheiding loyaliteit"))).isEqualTo(withoutWords);
        assertThat(sql.during(() -> assertThat(as(fatima, () -> search.count(filter("loyaliteit")))).isEqualTo(1)))
                .isEqualTo(withoutWords);
    }

    @Test
    void a_change_to_the_synonyms_is_read_by_the_next_search_and_then_kept() throws Exception {
        String word = "zonvlieg" + DutchSearchTest.letters();
        String synonym = "wolkvlieg" + DutchSearchTest.letters();
        long item = item("Een spel", "Over de " + word + ".", "");
        assertThat(find(synonym)).isEmpty();
        long withoutWords = withoutWords();
        long group = as(adviseur, () -> synonyms.save(null, word + ", " + synonym));
        try {
            long afterChange = sql.during(() -> assertThat(find(synonym)).containsExactly(item));
            assertThat(afterChange).isGreaterThan(withoutWords);
            assertThat(sql.during(() -> assertThat(find(synonym)).containsExactly(item))).isEqualTo(withoutWords);
        } finally {
            as(adviseur, () -> synonyms.delete(group));
        }
        assertThat(find(synonym)).isEmpty();
    }

    /** What a search without words costs: the newest items, nothing to read but the index and the role rule. */
    private long withoutWords() throws Exception {
        return sql.during(() -> assertThat(find("")).isNotEmpty());
    }

    private long item(String title, String summary, String body) {
        KnowledgeDraft draft = Items.draft(directory, title, summary, body, marker);
        return as(fatima, () -> knowledge.create(draft));
    }

    private SearchFilter filter(String words) {
        return new SearchFilter(words, null, null, null, false, Items.only(marker));
    }

    private List<Long> find(String words) {
        return as(fatima, () -> search.search(filter(words), PageRequest.of(0, 20))).getContent().stream()
                .map(SearchHit::id).toList();
    }
}
