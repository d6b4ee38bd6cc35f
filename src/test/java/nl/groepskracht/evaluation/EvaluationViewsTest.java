package nl.groepskracht.evaluation;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.groepskracht.knowledge.KnowledgeKind;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of the evaluation as their users see them: a facilitator's group shows nothing but "nog te
 * weinig antwoorden" before the fifth answer and the figures and the parents' words after it, and starts
 * the group's evaluation in the knowledge base; the adviseur ticks a quote; the report page links the
 * printable page and the PDF with the chosen period.
 */
@Import(SmtpAndClockTest.ClockConfig.class)
class EvaluationViewsTest extends KaribuTest {

    @Autowired
    FinishedGroup finished;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void a_facilitator_sees_too_few_answers_then_the_results_and_writes_the_evaluation() {
        var group = finished.plan();
        List<String> links = finished.answerers(group, 5);
        for (int i = 0; i < 4; i++) {
            evaluations.submit(links.get(i), AnonymityAndReportTest.answer(4, "Waardevol " + i));
        }
        login(group.facilitator().email(), Role.FACILITATOR.name());

        navigate("evaluaties/groep/" + group.groupId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("too-few")).getText()).startsWith("Nog te weinig antwoorden");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary")).getText())
                .isEqualTo("Gevraagd: 5 · Antwoorden: < 5 · Respons: < 5");
        assertThat(_find(Div.class, spec -> spec.withId("most-valuable"))).isEmpty();

        evaluations.submit(links.get(4), AnonymityAndReportTest.answer(5, "Waardevol 4"));
        navigate("evaluaties/groep/" + group.groupId());
        assertThat(_find(Paragraph.class, spec -> spec.withId("too-few"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("evaluation-summary")).getText())
                .isEqualTo("Gevraagd: 5 · Antwoorden: 5 · Respons: 100%");
        assertThat(_get(Div.class, spec -> spec.withId("most-valuable")).getElement().getTextRecursively())
                .contains("Waardevol 0", "Waardevol 4");
        assertThat(_find(Checkbox.class)).as("only the adviseur picks quotes").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("write-evaluation")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("kennis/nieuw?evaluatie=" + group.groupId());
        assertThat(_get(TextField.class, spec -> spec.withId("item-title")).getValue()).startsWith("Evaluatie door ouders: ");
        assertThat(_get(Select.class, spec -> spec.withId("item-kind")).getValue()).isEqualTo(KnowledgeKind.EVALUATIE);
        String body = _find(TextArea.class).stream().map(TextArea::getValue).reduce("", String::concat);
        assertThat(body).contains("5 van de 5 gevraagde ouders").doesNotContain("Ouder");
    }

    @Test
    void the_adviseur_picks_a_quote_and_the_report_page_links_the_chosen_period() {
        var group = finished.plan();
        List<String> links = finished.answerers(group, 5);
        for (int i = 0; i < 5; i++) {
            evaluations.submit(links.get(i), AnonymityAndReportTest.answer(4, "Citaat " + i));
        }
        loginAs("Joost", Role.ADVISEUR);
        navigate("evaluaties/groep/" + group.groupId());
        assertThat(_find(Button.class, spec -> spec.withId("write-evaluation"))).as("the facilitator writes").isEmpty();
        long answer = jdbc.queryForObject("SELECT id FROM evaluation_answer WHERE group_id = ? AND most_valuable = ?",
                Long.class, group.groupId(), "Citaat 2");
        _get(Checkbox.class, spec -> spec.withId("quote-most-valuable-" + answer)).setValue(true);
        assertThat(jdbc.queryForObject("SELECT quote_most_valuable FROM evaluation_answer WHERE id = ?", Boolean.class,
                answer)).isTrue();

        navigate("rapportage");
        String page = _get(Anchor.class, spec -> spec.withId("report-page")).getHref();
        String pdf = _get(Anchor.class, spec -> spec.withId("report-pdf")).getHref();
        assertThat(page).startsWith("rapportage/impact?van=").contains("&tot=");
        assertThat(pdf).isEqualTo(page.replace("rapportage/impact?", "rapportage/impact.pdf?"));
    }
}
