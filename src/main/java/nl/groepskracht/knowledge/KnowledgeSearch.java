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
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dutch full-text search over all items. An item must contain one of the words; items with all
 * of them, and with the words as a phrase, come first. A word in the title weighs most, then tags,
 * summary, body, and last the text of an attachment. Results carry a highlighted snippet.
 */
@Service
public class KnowledgeSearch {

    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String ATTACHMENT_TEXT = "attachments.text";

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
                .fetch((int) page.getOffset(), page.getPageSize());
        return new PageImpl<>(hits.toHits(result.hits()), page, result.total().hitCount());
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
            String text = filter.text().strip();
            bool.must(words(f, text, BooleanOperator.OR));
            bool.should(words(f, text, BooleanOperator.AND).boost(2));
            if (text.indexOf(' ') > 0 && !text.contains("\"")) {
                bool.should(f.phrase().field(TITLE).boost(6).field(TAGS).boost(4).field(SUMMARY).boost(2.5f)
                        .field(BODY).boost(2).field(ATTACHMENT_TEXT).matching(text).boost(4));
            }
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

    /** The words in any field, weighted by field; {@code "…"} in the text is an exact phrase. */
    private static org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateOptionsStep<?> words(
            SearchPredicateFactory f, String text, BooleanOperator operator) {
        return f.simpleQueryString().field(TITLE).boost(6).field(TAGS).boost(4).field(SUMMARY).boost(2.5f)
                .field(BODY).boost(2).field(ATTACHMENT_TEXT).matching(text).defaultOperator(operator);
    }
}
