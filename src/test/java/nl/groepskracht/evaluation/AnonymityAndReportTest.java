package nl.groepskracht.evaluation;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParentDataService;
import nl.groepskracht.signup.SignupForm;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Answers cannot be traced to a parent, survive a parent deleting their data, and show nowhere before
 * five parents answered; the impact report's PDF holds the period and the figures of a known data set,
 * is tagged, and names no parent.
 */
@SmtpAndClockTest
class AnonymityAndReportTest {

    @Autowired
    FinishedGroup finished;
    @Autowired
    EvaluationInvitations invitations;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    EvaluationResults results;
    @Autowired
    ImpactReports reports;
    @Autowired
    ReportPdf pdf;
    @Autowired
    TemplateEngine templates;
    @Autowired
    ParentDataService parentData;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void no_column_of_an_answer_points_to_a_parent_or_to_when_it_came() {
        List<String> columns = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name = 'evaluation_answer'", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "group_id", "usefulness", "goal_reached", "support",
                "recommend", "more_help", "most_valuable", "could_be_better", "quote_most_valuable",
                "quote_could_be_better");
        List<String> invitation = jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE"
                + " table_schema = DATABASE() AND table_name = 'evaluation_invitation'", String.class);
        assertThat(invitation).doesNotContain("answer_id", "answered_at");
    }

    @Test
    void no_row_tells_a_parent_who_answered_from_one_who_did_not() {
        var group = finished.plan();
        SignupForm answers = finished.form("Antwoordde", "nl");
        SignupForm silent = finished.form("Zweeg", "nl");
        long answered = finished.parent(group.groupId(), answers);
        long notAnswered = finished.parent(group.groupId(), silent);
        finished.attended(group.sessions().get(0), answered, "PRESENT");
        finished.attended(group.sessions().get(0), notAnswered, "PRESENT");
        finished.over(group);
        invitations.inviteDue();
        assertThat(evaluations.submit(finished.token(answers.getEmail()), EvaluationFormTest.valid())).isTrue();

        assertThat(invitationOf(answered)).as("right after the answer").isEqualTo(invitationOf(notAnswered));
        clock.advance(java.time.Duration.ofDays(8));
        invitations.inviteDue();
        assertThat(finished.evaluationMails(silent.getEmail())).as("the reminder went to who did not answer")
                .hasSize(2);
        assertThat(invitationOf(answered)).as("after the reminder moment").isEqualTo(invitationOf(notAnswered));
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                + " DATABASE() AND table_name = 'evaluation_link'", String.class))
                .as("a link names its invitation only by a key made with the portal secret")
                .containsExactlyInAnyOrder("token_hash", "group_id", "invitation_key");
    }

    /** What the database holds about one sign-up's invitation, but for its own numbers. */
    private Map<String, Object> invitationOf(long registrationId) {
        Map<String, Object> row = new java.util.HashMap<>(jdbc.queryForMap(
                "SELECT * FROM evaluation_invitation WHERE registration_id = ?", registrationId));
        row.remove("id");
        row.remove("registration_id");
        return row;
    }

    @Test
    void deleting_ones_data_keeps_the_answer_and_ends_an_unused_link() {
        var group = finished.plan();
        SignupForm answered = finished.form("Antwoordt", "nl");
        SignupForm later = finished.form("Later", "nl");
        finished.attended(group.sessions().get(0), finished.parent(group.groupId(), answered), "PRESENT");
        finished.attended(group.sessions().get(0), finished.parent(group.groupId(), later), "PRESENT");
        String personalAnswered = Links.personalToken(jdbc, answered.getEmail());
        String personalLater = Links.personalToken(jdbc, later.getEmail());
        finished.over(group);
        invitations.inviteDue();
        String laterLink = finished.token(later.getEmail());
        assertThat(evaluations.submit(finished.token(answered.getEmail()), EvaluationFormTest.valid())).isTrue();

        assertThat(parentData.delete(personalAnswered)).isTrue();
        assertThat(parentData.delete(personalLater)).isTrue();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_answer WHERE group_id = ?", Long.class,
                group.groupId())).isEqualTo(1);
        assertThat(evaluations.open(laterLink)).isEmpty();
        assertThat(evaluations.submit(laterLink, EvaluationFormTest.valid())).isFalse();
    }

    @Test
    void nothing_shows_before_five_answers_on_any_view_and_everything_after() {
        long wijk = finished.newWijk();
        var group = finished.plan(wijk);
        List<String> tokens = answerers(group, 6);
        Professional adviseur = finished.accounts.create("Joost", Role.ADVISEUR);
        for (int i = 0; i < 4; i++) {
            assertThat(evaluations.submit(tokens.get(i), answer(4, "Waardevol " + i))).isTrue();
        }
        GroupResults four = as(group.facilitator(), () -> results.group(group.groupId()));
        assertThat(four.verdict().enough()).isFalse();
        assertThat(four.mostValuable()).isEmpty();
        assertThat(four.verdict().answers().text(Locale.of("nl"))).isEqualTo("< 5");
        assertThat(four.verdict().score(Question.USEFULNESS).average().text(Locale.of("nl"))).isEqualTo("n < 5");
        MonitoringFilter selection = period().within(Set.of(wijk), Set.of());
        assertThat(as(adviseur, () -> results.perWijk(selection))).as("a group below five counts in no sum").isEmpty();
        assertThat(as(adviseur, () -> results.perTheme(selection))).isEmpty();
        assertThat(as(adviseur, () -> results.total(selection)).enough()).isFalse();
        assertThat(as(adviseur, () -> results.groups(selection, org.springframework.data.domain.PageRequest.of(0, 10)))
                .getContent()).singleElement().satisfies(line -> assertThat(line.verdict().enough()).isFalse());
        long oneOfFour = jdbc.queryForObject("SELECT MIN(id) FROM evaluation_answer WHERE group_id = ?", Long.class,
                group.groupId());
        assertThatThrownBy(() -> as(adviseur, () -> results.quote(oneOfFour, OpenField.MOST_VALUABLE, true)))
                .as("no quote from a group with fewer than five answers").isInstanceOf(RuntimeException.class);

        assertThat(evaluations.submit(tokens.get(4), answer(5, "Waardevol 4"))).isTrue();
        GroupResults five = as(group.facilitator(), () -> results.group(group.groupId()));
        assertThat(five.verdict().enough()).isTrue();
        assertThat(five.verdict().answers().text(Locale.of("nl"))).isEqualTo("5");
        assertThat(five.verdict().score(Question.USEFULNESS).average().text(Locale.of("nl"))).isEqualTo("4,2");
        assertThat(five.mostValuable()).extracting(GroupResults.Answer::text).containsExactly("Waardevol 0",
                "Waardevol 1", "Waardevol 2", "Waardevol 3", "Waardevol 4");
        assertThat(five.mayWrite()).isTrue();
        assertThat(five.mayQuote()).isFalse();
        Professional other = finished.accounts.create("Ander", Role.FACILITATOR);
        assertThatThrownBy(() -> as(other, () -> results.group(group.groupId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_group_below_five_is_left_out_of_every_sum_so_subtraction_gives_nothing_away() throws Exception {
        long wijk = finished.newWijk();
        var five = finished.plan(wijk);
        finished.answerers(five, 5).forEach(t -> evaluations.submit(t, answer(4, "Vijf")));
        clock.reset();
        var three = finished.plan(wijk);
        finished.answerers(three, 3).forEach(t -> evaluations.submit(t, answer(1, "Drie")));
        Professional adviseur = finished.accounts.create("Joost", Role.ADVISEUR);
        MonitoringFilter selection = period().within(Set.of(wijk), Set.of());

        for (Verdict sum : List.of(as(adviseur, () -> results.perWijk(selection)).getFirst().verdict(),
                as(adviseur, () -> results.perTheme(selection)).getFirst().verdict(),
                as(adviseur, () -> results.total(selection)))) {
            assertThat(sum.invited().text(Locale.of("nl"))).isEqualTo("5");
            assertThat(sum.answers().text(Locale.of("nl"))).isEqualTo("5");
            assertThat(sum.score(Question.USEFULNESS).average().text(Locale.of("nl"))).isEqualTo("4,0");
        }
        String text = pdfText(adviseur, selection, wijk);
        assertThat(text).contains("4,0 (n = 5)").doesNotContain("Drie");
    }

    @Test
    void the_pdf_holds_the_period_the_known_figures_and_chosen_quotes_and_names_no_parent() throws Exception {
        long wijk = finished.newWijk();
        var group = finished.plan(wijk);
        List<SignupForm> parents = new ArrayList<>();
        List<String> tokens = answerers(group, 5, parents);
        for (int i = 0; i < 5; i++) {
            evaluations.submit(tokens.get(i), answer(i < 4 ? 4 : 5, "Citaat nummer " + i));
        }
        Professional adviseur = finished.accounts.create("Joost", Role.ADVISEUR);
        long quoted = jdbc.queryForObject("SELECT id FROM evaluation_answer WHERE group_id = ? AND most_valuable ="
                + " 'Citaat nummer 3'", Long.class, group.groupId());
        as(adviseur, () -> results.quote(quoted, OpenField.MOST_VALUABLE, true));
        MonitoringFilter period = period();

        String text = pdfText(adviseur, period, wijk);
        assertThat(text).contains("Wat levert preventie op?", "Periode: " + format(period.from()) + " tot en met "
                + format(period.to()));
        assertThat(text).contains("4,2 (n = 5)", "Citaat nummer 3").doesNotContain("Citaat nummer 1");
        for (SignupForm parent : parents) {
            assertThat(text).doesNotContain(parent.getName()).doesNotContain(parent.getEmail());
        }
        assertThat(text).doesNotContain("@");

        long fewWijk = finished.newWijk();
        clock.reset();
        var few = finished.plan(fewWijk);
        List<String> fewTokens = answerers(few, 3);
        fewTokens.forEach(t -> evaluations.submit(t, answer(5, "Te weinig om te tonen")));
        String fewText = pdfText(adviseur, period, fewWijk);
        assertThat(fewText).as("a group below five counts in no sum").contains("n) – – Wat elk cijfer", "Thema's: alle")
                .doesNotContain("Te weinig om te tonen");
    }

    private String pdfText(Professional adviseur, MonitoringFilter period, long wijk) throws Exception {
        Locale dutch = Locale.of("nl");
        ImpactReport report = as(adviseur, () -> reports.report(period.from(), period.to(), Set.of(wijk), Set.of(),
                dutch));
        byte[] bytes = pdf.render(templates.process("evaluation/rapport", new Context(dutch,
                Map.of("report", report, "forPdf", true, "font", ReportPdf.FONT))));
        // kept for a person to look at (like the journeys' screenshots)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/it"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/it/impact-report-" + wijk + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Wat levert preventie op?");
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private List<String> answerers(FinishedGroup.Made group, int count) {
        return finished.answerers(group, count);
    }

    private List<String> answerers(FinishedGroup.Made group, int count, List<SignupForm> parents) {
        return finished.answerers(group, count, parents);
    }

    static EvaluationForm answer(int score, String valuable) {
        EvaluationForm form = EvaluationFormTest.valid();
        form.setUsefulness(String.valueOf(score));
        form.setMostValuable(valuable);
        return form;
    }

    private MonitoringFilter period() {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        return MonitoringFilter.period(today.minusMonths(1), today.plusMonths(2));
    }

    private static String format(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl")));
    }
}
