package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.ProfessionalDirectory;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dutch full-text search over all items. An item must contain one of the words; items with the
 * words as a phrase, then with all of them, come first; then a word in the title weighs most, then
 * tags, summary, body, and last the text of an attachment. Results carry a highlighted snippet.
 */
@Service
public class KnowledgeSearch {

    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String ATTACHMENT_TEXT = "attachments.text";
    private static final String[] ALL_FIELDS = {TITLE, TAGS, SUMMARY, BODY, ATTACHMENT_TEXT};

    private final EntityManager entityManager;
    private final GroupService groups;
    private final ProfessionalDirectory professionals;
    private final SearchHits hits;

    KnowledgeSearch(EntityManager entityManager, GroupService groups, ProfessionalDirectory professionals,
            SearchHits hits) {
        this.entityManager = entityManager;
        this.groups = groups;
        this.professionals = professionals;
        this.hits = hits;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public Page<SearchHit> search(SearchFilter filter, Pageable page) {
        Set<Long> myWijken = filter.otherWijken() ? myWijken() : Set.of();
        SearchResult<SearchHits.Row> result = Search.session(entityManager).search(KnowledgeItem.class)
                .select(hits::projection)
                .where(f -> predicate(f, filter, myWijken))
                .sort(f -> filter.hasText() ? f.score().then().field("updatedAt").desc() : f.field("updatedAt").desc())
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1))
                // the list pages without a total: counting stops after 1000 hits instead of visiting all
                .totalHitCountThreshold(1000)
                .fetch((int) page.getOffset(), page.getPageSize());
        return new PageImpl<>(hits.toHits(result.hits()), page, result.total().hitCountLowerBound());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public long count(SearchFilter filter) {
        Set<Long> myWijken = filter.otherWijken() ? myWijken() : Set.of();
        return Search.session(entityManager).search(KnowledgeItem.class).where(f -> predicate(f, filter, myWijken))
                .fetchTotalHitCount();
    }

    /** For an empty result: each filter in use, with the number of hits the search has without it. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<FilterSuggestion> withoutOneFilter(SearchFilter filter) {
        List<FilterSuggestion> suggestions = new ArrayList<>();
        for (String name : filter.activeFilters()) {
            long count = count(filter.without(name));
            if (count > 0) {
                suggestions.add(new FilterSuggestion(name, count));
            }
        }
        return suggestions;
    }

    /**
     * A group's page: the items most relevant for its theme (what works and whole approaches first,
     * then the newest), not counting its own reports.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<SearchHit> forGroup(long groupId, int max) {
        GroupDetails group = groups.get(groupId);
        SearchResult<SearchHits.Row> result = Search.session(entityManager).search(KnowledgeItem.class)
                .select(hits::projection)
                .where(f -> f.bool()
                        .must(f.matchAll())
                        .filter(f.match().field("themeId").matching(group.themeId()))
                        .mustNot(f.match().field("groupId").matching(groupId))
                        .should(f.terms().field("kind").matchingAny(List.of(KnowledgeKind.WERKZAAM_ELEMENT,
                                KnowledgeKind.AANPAK)).boost(3))
                        .should(f.match().field("wijkId").matching(group.wijkId())))
                .sort(f -> f.score().then().field("updatedAt").desc())
                .fetch(max);
        return hits.toHits(result.hits());
    }

    /** The wijken the signed-in professional works in: those of the groups they facilitate. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public Set<Long> myWijken() {
        long me = professionals.requireCurrent().id();
        return groups.groupIdsFacilitatedBy(me).stream().map(id -> groups.get(id).wijkId())
                .collect(Collectors.toSet());
    }

    private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchFilter filter,
            Set<Long> myWijken) {
        var bool = f.bool();
        if (filter.hasText()) {
            rank(f, bool, filter.text().strip());
        } else {
            bool.must(f.matchAll());
        }
        if (filter.themeId() != null) {
            bool.filter(f.match().field("themeId").matching(filter.themeId()));
        }
        if (filter.kind() != null) {
            bool.filter(f.match().field("kind").matching(filter.kind()));
        }
        if (filter.wijkId() != null) {
            bool.filter(f.match().field("wijkId").matching(filter.wijkId()));
        }
        if (filter.otherWijken()) {
            bool.filter(f.exists().field("wijkId"));
            if (!myWijken.isEmpty()) {
                bool.mustNot(f.terms().field("wijkId").matchingAny(myWijken));
            }
        }
        filter.tags().forEach(tag -> bool.filter(f.match().field("tag").matching(tag)));
        return bool;
    }

    /**
     * An item must hold one of the words. Its place in the list comes in tiers, each worth more than
     * everything below it together: the words as a phrase; all of the words; then where a word is
     * (title, tags, summary, text, attachment). Within a tier, BM25 relevance (scaled down) decides.
     * {@code "…"} in the text asks for the exact phrase.
     */
    private static void rank(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String text) {
        bool.must(words(f, text, BooleanOperator.OR, ALL_FIELDS).boost(0.05f));
        if (text.indexOf(' ') > 0 && !text.contains("\"")) {
            bool.should(f.phrase().fields(ALL_FIELDS).matching(text).constantScore().boost(1000));
        }
        bool.should(words(f, text, BooleanOperator.AND, ALL_FIELDS).constantScore().boost(300));
        bool.should(words(f, text, BooleanOperator.OR, TITLE).constantScore().boost(100));
        bool.should(words(f, text, BooleanOperator.OR, TAGS).constantScore().boost(50));
        bool.should(words(f, text, BooleanOperator.OR, SUMMARY).constantScore().boost(25));
        bool.should(words(f, text, BooleanOperator.OR, BODY).constantScore().boost(20));
        bool.should(words(f, text, BooleanOperator.OR, ATTACHMENT_TEXT).constantScore().boost(10));
    }

    private static SimpleQueryStringPredicateOptionsStep<?> words(SearchPredicateFactory f, String text,
            BooleanOperator operator, String... fields) {
        return f.simpleQueryString().fields(fields).matching(text).defaultOperator(operator);
    }
}
