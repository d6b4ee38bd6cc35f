package nl.groepskracht.knowledge;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.group.GroupDetails;
import nl.groepskracht.group.GroupService;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dutch full-text search over all items: the text is read into a {@link QueryPlan} (synonyms,
 * spelling, themes; {@link QueryPlanner}) and ranked in tiers ({@link Ranking}): the phrase, all
 * words, then where the words are. Results carry a highlighted snippet.
 */
@Service
public class KnowledgeSearch {

    static final String TITLE = "title";
    static final String TAGS = "tags";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String ATTACHMENT_TEXT = "attachments.text";
    static final String SPELLING = "spelling";
    private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);

    private final EntityManager entityManager;
    private final GroupService groups;
    private final SearchHits hits;
    private final QueryPlanner planner;
    private final DirectoryService directory;
    private final SearchBackend backend;

    KnowledgeSearch(EntityManager entityManager, GroupService groups,
            SearchHits hits, QueryPlanner planner, DirectoryService directory, SearchBackend backend) {
        this.backend = backend;
        this.entityManager = entityManager;
        this.groups = groups;
        this.hits = hits;
        this.planner = planner;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public Page<SearchHit> search(SearchFilter filter, Pageable page) {
        return page(filter, page).hits();
    }

    /**
     * A page of hits and the "Bedoelde u …?" text, the text read once: what the search page needs
     * when a search is typed, without planning it again for {@link #correction} and {@link #count}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public HitPage page(SearchFilter filter, Pageable page) {
        return whileReachable(() -> read(filter, page), () -> HitPage.unavailable(page));
    }

    private HitPage read(SearchFilter filter, Pageable page) {
        Set<Long> myWijken = filter.otherWijken() ? myWijken() : Set.of();
        SearchSession session = Search.session(entityManager);
        QueryPlan plan = plan(filter, session);
        SearchResult<SearchHits.Row> result = session.search(KnowledgeItem.class)
                .select(hits::projection)
                .where(f -> predicate(f, filter, plan, myWijken))
                .sort(f -> plan.isEmpty() ? f.field("updatedAt").desc() : f.score().then().field("updatedAt").desc())
                // the list pages without a total: counting stops just past the page, and from there Lucene
                // skips the items whose score cannot reach the page (a tier they miss) instead of scoring all
                .totalHitCountThreshold(page.getOffset() + page.getPageSize() + 1)
                .fetch((int) page.getOffset(), page.getPageSize());
        return new HitPage(new PageImpl<>(hits.toHits(result.hits(), plan), page, result.total().hitCountLowerBound()),
                Optional.ofNullable(plan.correction()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public long count(SearchFilter filter) {
        Set<Long> myWijken = filter.otherWijken() ? myWijken() : Set.of();
        SearchSession session = Search.session(entityManager);
        QueryPlan plan = plan(filter, session);
        return session.search(KnowledgeItem.class).where(f -> predicate(f, filter, plan, myWijken))
                .fetchTotalHitCount();
    }

    /**
     * "Bedoelde u …?": the text with each word that no item holds replaced by the nearest word of
     * the index, when there is one. The search itself already looks for those words too.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public Optional<String> correction(SearchFilter filter) {
        return Optional.ofNullable(plan(filter, Search.session(entityManager)).correction());
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
     * A group's page: the search the knowledge base runs for the name of the group's theme (its
     * {@link #forGroupFilter}), without the group's own items, which the page lists apart.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public List<SearchHit> forGroup(long groupId, int max) {
        return whileReachable(() -> readForGroup(groupId, max), List::of);
    }

    private List<SearchHit> readForGroup(long groupId, int max) {
        SearchFilter filter = forGroupFilter(groupId);
        SearchSession session = Search.session(entityManager);
        QueryPlan plan = plan(filter, session);
        SearchResult<SearchHits.Row> result = session.search(KnowledgeItem.class)
                .select(hits::projection)
                .where(f -> predicate(f, filter, plan, Set.of()).mustNot(f.match().field("groupId").matching(groupId)))
                .sort(f -> f.score().then().field("updatedAt").desc())
                // no total shown: Lucene may skip what cannot make the list, as in search
                .totalHitCountThreshold(max + 1)
                .fetch(max);
        return hits.toHits(result.hits(), plan);
    }

    /** The search for a group's theme, as the knowledge base's address carries it ("Meer in de kennisbank"). */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public SearchFilter forGroupFilter(long groupId) {
        GroupDetails group = groups.get(groupId);
        String theme = directory.allThemes().stream().filter(t -> t.id() == group.themeId())
                .map(ThemeItem::name).findFirst().orElse("");
        return new SearchFilter(theme, null, null, null, false, Set.of());
    }

    /** The wijken the signed-in professional works in: those of the groups they facilitate. */
    @Transactional(readOnly = true)
    @PreAuthorize(KnowledgeAccess.PROFESSIONALS)
    public Set<Long> myWijken() {
        return groups.mine().stream().map(GroupDetails::wijkId).collect(Collectors.toSet());
    }

    private QueryPlan plan(SearchFilter filter, SearchSession session) {
        return filter.hasText() ? planner.plan(filter.text().strip(), session)
                : new QueryPlan(List.of(), List.of(), List.of(), Set.of(), null);
    }

    private static BooleanPredicateClausesStep<?, ?> predicate(SearchPredicateFactory f, SearchFilter filter,
            QueryPlan plan, Set<Long> myWijken) {
        var bool = f.bool();
        if (plan.isEmpty()) {
            bool.must(f.matchAll());
        } else {
            Ranking.apply(f, bool, plan);
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
     * A read of the shared OpenSearch index, or what a page shows while OpenSearch cannot be reached: the
     * knowledge base stays usable (adding and opening items read the database) instead of an error page. On the
     * node's own Lucene index a failing read is a fault, and stays one.
     */
    private <T> T whileReachable(Supplier<T> read, Supplier<T> unreachable) {
        try {
            return read.get();
        } catch (SearchException failure) {
            if (!backend.shared()) {
                throw failure;
            }
            log.warn("The search index could not be read; the knowledge base says so until it can");
            return unreachable.get();
        }
    }
}
