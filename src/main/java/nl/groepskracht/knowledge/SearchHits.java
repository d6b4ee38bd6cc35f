package nl.groepskracht.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * What a result shows, read from the index (no database round trip per hit): the highlighted title
 * and the best snippet (from the field that shows the typed words best, {@link SnippetGrades}); for a
 * match inside an attachment, which attachment.
 */
@Component
class SearchHits {

    private final KnowledgeItemRepository items;
    private final SnippetGrades grades;

    SearchHits(KnowledgeItemRepository items, SnippetGrades grades) {
        this.items = items;
        this.grades = grades;
    }

    /** The index fields of one hit. */
    record Row(long id, KnowledgeKind kind, long themeId, Long wijkId, Instant updatedAt, String title,
            String summary, List<String> titleMarks, List<String> summaryMarks, List<String> bodyMarks,
            List<String> attachmentMarks, List<String> fileNames) {

        static Row of(List<?> values) {
            return new Row((Long) values.get(0), (KnowledgeKind) values.get(1), (Long) values.get(2),
                    (Long) values.get(3), (Instant) values.get(4), (String) values.get(5), (String) values.get(6),
                    strings(values.get(7)), strings(values.get(8)), strings(values.get(9)), strings(values.get(10)),
                    strings(values.get(11)));
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
                f.highlight(KnowledgeSearch.TITLE), f.highlight(KnowledgeSearch.SUMMARY),
                f.highlight(KnowledgeSearch.BODY), f.highlight(KnowledgeSearch.ATTACHMENT_TEXT),
                f.field("attachments.fileName", String.class).list()).asList(Row::of);
    }

    List<SearchHit> toHits(List<Row> rows, QueryPlan plan) {
        Set<String> typed = grades.typed(plan);
        return rows.stream().map(row -> toHit(row, typed)).toList();
    }

    private SearchHit toHit(Row row, Set<String> typed) {
        String title = row.titleMarks().isEmpty() ? HtmlUtils.htmlEscape(row.title()) : row.titleMarks().getFirst();
        // text, summary, attachment (last): the first of those whose marks grade best
        List<List<String>> marks = List.of(row.bodyMarks(), row.summaryMarks(), row.attachmentMarks());
        int best = -1;
        int bestGrade = -1;
        for (int i = 0; i < marks.size(); i++) {
            int grade = marks.get(i).isEmpty() ? -1 : grades.grade(marks.get(i).getFirst(), typed);
            if (grade > bestGrade) {
                best = i;
                bestGrade = grade;
            }
        }
        String snippet = best < 0 ? HtmlUtils.htmlEscape(row.summary()) : marks.get(best).getFirst();
        String attachment = best == marks.size() - 1 ? attachmentWith(row, snippet) : null;
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

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
