package nl.groepskracht.knowledge;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.OpenSearchNode;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The knowledge search on OpenSearch (Hibernate Search's Elasticsearch backend with
 * {@link DutchElasticsearchAnalysis}, the cluster profile's search): the relevance set of issue 20 with the
 * same targets as on Lucene ({@link KnowledgeRelevanceTest}, whose test this inherits and which prints its
 * RELEVANCE lines), and the cluster's analyzers make the same terms of the same words as the portal's
 * Lucene chain; an index write OpenSearch missed is caught up from the database ({@link SearchCatchUp}).
 * Needs an OpenSearch node, which it starts ({@code cluster/opensearch.sh}): runs with
 * {@code ./mvnw -Pcluster verify}, not in the default build.
 */
@SpringBootTest(properties = {"spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
        "spring.jpa.properties.hibernate.search.backend.analysis.configurer="
                + "class:nl.groepskracht.knowledge.DutchElasticsearchAnalysis",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
        "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=bean:tolerantIndexWrites"})
class KnowledgeOpenSearchIT extends KnowledgeRelevanceTest {

    @Autowired
    SearchCatchUp catchUp;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    SearchIndexBootstrap bootstrap;

    @DynamicPropertySource
    static void openSearch(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.hosts", OpenSearchNode::hosts);
    }

    @Test
    void the_cluster_makes_the_same_terms_as_the_portal_of_every_text_of_the_relevance_set() throws Exception {
        List<String> texts = new ArrayList<>();
        for (RelevanceSet.Item item : RelevanceSet.items()) {
            texts.addAll(List.of(item.title(), item.summary(), item.body()));
        }
        RelevanceSet.queries().forEach(q -> texts.add(q.text()));
        texts.addAll(List.of("Gescheiden ouders en echtscheidingsproblematiek", "kinderen, kind, kinders",
                "Café één thuiszitters thuiszitten", "suikerhoudende frisdranken", "geboorte gezond gewicht"));
        Map<String, Analyzer> portal = Map.of(DutchAnalysis.DUTCH, DutchChain.analyzer(DutchChain.dutch(true)),
                DutchAnalysis.WHOLE, DutchChain.analyzer(DutchChain.dutch(false)),
                DutchAnalysis.SPELLING, DutchChain.analyzer(DutchChain.spelling()));
        for (var analyzer : portal.entrySet()) {
            for (String text : texts) {
                assertThat(cluster(analyzer.getKey(), text)).as(analyzer.getKey() + " of \"" + text + "\"")
                        .isEqualTo(DutchChain.terms(analyzer.getValue(), text));
            }
        }
        System.out.printf("RELEVANCE analyzers: %d texts x %d analyzers, the same terms on OpenSearch and Lucene%n",
                texts.size(), portal.size());
    }

    @Test
    void an_item_whose_index_write_was_lost_is_found_again_after_the_catch_up() throws Exception {
        Professional author = accounts.create("Inhaal", Role.FACILITATOR);
        String marker = Items.marker();
        String word = "inhaalslag" + marker.replaceAll("[^a-z0-9]", "");
        long id = as(author, () -> knowledge.create(Items.draft(directory, "Na de storing", "Over de " + word + ".",
                "Wat er gebeurt na een " + word + ".", marker)));
        assertThat(found(author, word, marker)).containsExactly(id);
        // what OpenSearch missed while it was down: the item's document is gone from the index, the row stays
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            entityManager.getTransaction().begin();
            Search.session(entityManager).indexingPlan().purge(KnowledgeItem.class, id, null);
            entityManager.getTransaction().commit();
        }
        assertThat(found(author, word, marker)).isEmpty();

        catchUp.catchUp();

        assertThat(found(author, word, marker)).containsExactly(id);
    }

    @Test
    void a_save_while_opensearch_is_down_succeeds_and_is_found_after_the_catch_up() throws Exception {
        Professional author = accounts.create("Storing", Role.FACILITATOR);
        String marker = Items.marker();
        String suffix = marker.replaceAll("[^a-z0-9]", "");
        long edited = as(author, () -> knowledge.create(Items.draft(directory, "Voor de storing", "Over opvoeden.",
                "Wat werkt bij opvoeden.", marker)));
        long[] created = new long[1];
        OpenSearchNode.down(() -> {
            var searched = as(author, () -> search.page(new SearchFilter("opvoeden", null, null, null, false,
                    Items.only(marker)), PageRequest.of(0, 10)));
            assertThat(searched.unavailable()).as("the knowledge base says the search cannot be reached").isTrue();
            assertThat(searched.hits().getContent()).isEmpty();
            as(author, () -> {
                knowledge.update(edited, Items.draft(directory, "Tijdens de storing", "Over de storingsles" + suffix
                        + ".", "Bewerkt toen de zoekmachine weg was.", marker));
                created[0] = knowledge.create(Items.draft(directory, "Nieuw tijdens de storing", "Over de"
                        + " nieuwsles" + suffix + ".", "Gemaakt toen de zoekmachine weg was.", marker));
                return null;
            });
        });
        // a later save that reaches the index: its change is newer than the two the index missed
        as(author, () -> knowledge.create(Items.draft(directory, "Na de storing", "Over daarna.", "Daarna.", marker)));

        assertThat(catchUp.catchUp()).as("items written again").isEqualTo(2);

        assertThat(found(author, "storingsles" + suffix, marker)).containsExactly(edited);
        assertThat(found(author, "nieuwsles" + suffix, marker)).containsExactly(created[0]);
        assertThat(catchUp.catchUp()).as("a second run finds the index current").isZero();
    }

    @Test
    void a_portal_that_finds_the_index_dropped_at_start_rebuilds_it() throws Exception {
        Professional author = accounts.create("Herstel", Role.FACILITATOR);
        String marker = Items.marker();
        String word = "herstelwerk" + marker.replaceAll("[^a-z0-9]", "");
        long id = as(author, () -> knowledge.create(Items.draft(directory, "Na een herstel", "Over " + word + ".",
                "Uit de back-up.", marker)));
        OpenSearchNode.dropIndex();

        bootstrap.run(null);

        assertThat(found(author, word, marker)).containsExactly(id);
    }

    private List<Long> found(Professional author, String word, String marker) throws Exception {
        var filter = new SearchFilter(word, null, null, null, false, Items.only(marker));
        return as(author, () -> search.search(filter, PageRequest.of(0, 10))).getContent().stream().map(SearchHit::id)
                .toList();
    }

    /** The terms the cluster's analyzer of the knowledge index makes of the text ({@code _analyze}). */
    private static List<String> cluster(String analyzer, String text) throws Exception {
        JsonObject request = new JsonObject();
        request.addProperty("analyzer", analyzer);
        request.addProperty("text", text);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + OpenSearchNode.hosts() + "/knowledge-read/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
        Stream<JsonElement> tokens = body.getAsJsonArray("tokens").asList().stream();
        return tokens.map(t -> t.getAsJsonObject().get("token").getAsString()).toList();
    }
}
