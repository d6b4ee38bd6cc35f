package nl.groepskracht.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What a result shows, read from the index (no database round trip per hit): the highlighted title
 * and the best snippet ({@link Highlights}, from the field that shows the typed words best,
 * {@link SnippetGrades}); for a match inside an attachment, which attachment.
 */
@Component
class SearchHits {

    private final KnowledgeItemRepository items;
    private final SnippetGrades grades;
    private final Highlights highlights;

    SearchHits(KnowledgeItemRepository items, SnippetGrades grades, Highlights highlights) {
        this.items = items;
        this.grades = grades;
        this.highlights = highlights;
    }

    /** The index fields of one hit. */
    record Row(long id, KnowledgeKind kind, long themeId, Long wijkId, Instant updatedAt, String title,
            String summary, String body, List<String> attachmentTexts, List<String> fileNames) {

        static Row of(List<?> values) {
            return new Row((Long) values.get(0), (KnowledgeKind) values.get(1), (Long) values.get(2),
                    (Long) values.get(3), (Instant) values.get(4), (String) values.get(5), (String) values.get(6),
                    (String) values.get(7), strings(values.get(8)), strings(values.get(9)));
        }

        @SuppressWarnings("unchecked")
        private static List<String> strings(Object value) {
            return value == null ? List.of() : (List<String>) value;
        }
    }

    ProjectionFinalStep<Row> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(Long.class), f.field("kind", KnowledgeKind.class),
                f.field("themeId", Long.class), f.field("wijkId", Long.class), f.field("updatedAt", Instant.class),
                f.field(KnowledgeSearch.TITLE, String.class), f.field(KnowledgeSearch.SUMMARY, String.class),
                f.field(KnowledgeSearch.BODY, String.class), f.field(KnowledgeSearch.ATTACHMENT_TEXT, String.class).list(),
                f.field("attachments.fileName", String.class).list()).asList(Row::of);
    }

    List<SearchHit> toHits(List<Row> rows, QueryPlan plan) {
        Set<String> typed = grades.typed(plan);
        Highlights.Marker marker = highlights.marker(plan);
        return rows.stream().map(row -> toHit(row, typed, marker)).toList();
    }

    private SearchHit toHit(Row row, Set<String> typed, Highlights.Marker marker) {
        List<String> titleMarks = marker.mark(KnowledgeSearch.TITLE, List.of(row.title()));
        String title = titleMarks.isEmpty() ? HtmlUtils.htmlEscape(row.title()) : titleMarks.getFirst();
        // text, summary, attachment (last): the first of those whose marks grade best; after a whole
        // word (the best grade) the others are not marked at all
        List<Supplier<List<String>>> fields = List.of(() -> marker.mark(KnowledgeSearch.BODY, nullable(row.body())),
                () -> marker.mark(KnowledgeSearch.SUMMARY, List.of(row.summary())),
                () -> marker.mark(KnowledgeSearch.ATTACHMENT_TEXT, row.attachmentTexts()));
        int best = -1;
        int bestGrade = -1;
        String snippet = HtmlUtils.htmlEscape(row.summary());
        for (int i = 0; i < fields.size() && bestGrade < SnippetGrades.WHOLE; i++) {
            List<String> marks = fields.get(i).get();
            int grade = marks.isEmpty() ? -1 : grades.grade(marks.getFirst(), typed);
            if (grade > bestGrade) {
                best = i;
                bestGrade = grade;
                snippet = marks.getFirst();
            }
        }
        String attachment = best == fields.size() - 1 ? attachmentWith(row, snippet) : null;
        return new SearchHit(row.id(), title, snippet, row.kind(), row.themeId(), row.wijkId(), row.updatedAt(),
                attachment);
    }

    /** The attachment whose text holds the snippet (only looked up when an item has several). */
    private String attachmentWith(Row row, String snippetHtml) {
        if (row.fileNames().size() <= 1) {
            return row.fileNames().isEmpty() ? null : row.fileNames().getFirst();
        }
        String snippet = normalise(Jsoup.parse(snippetHtml).text());
        return items.findById(row.id()).stream().flatMap(item -> item.getAttachments().stream())
                .filter(a -> normalise(a.getExtractedText()).contains(snippet))
                .map(KnowledgeAttachment::getFileName).findFirst().orElse(row.fileNames().getFirst());
    }

    private static List<String> nullable(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
