package nl.groepskracht.knowledge;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import nl.groepskracht.attendance.AttendanceService;
import nl.groepskracht.attendance.AttendanceStatus;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.knowledge.ui.KnowledgeEditorView;
import nl.groepskracht.knowledge.ui.KnowledgeItemView;
import nl.groepskracht.schedule.DemoGroups;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.Parents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The knowledge pages in Karibu: the editor's checks, who may edit, comments, search, the session report. */
class KnowledgeViewTest extends KaribuTest {

    @Autowired
    nl.groepskracht.signup.PhoneSignups phoneSignups;
    @Autowired
    KnowledgeService knowledge;
    @Autowired
    DirectoryService directory;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    Clock clock;

    Professional fatima;

    @BeforeEach
    void facilitator() {
        fatima = loginAs("Fatima", Role.FACILITATOR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_editor_refuses_an_empty_or_overlong_title_at_the_field_and_saves_nothing() {
        navigate("kennis/nieuw");
        var title = _get(TextField.class, spec -> spec.withId("item-title"));
        _get(TextArea.class, spec -> spec.withId("item-summary")).setValue("Wat werkt bij vaders.");
        ((Select<KnowledgeKind>) _get(Select.class, spec -> spec.withId("item-kind")))
                .setValue(KnowledgeKind.WERKZAAM_ELEMENT);
        ComboBox<ThemeItem> theme = _get(ComboBox.class, spec -> spec.withId("item-theme"));
        theme.setValue(directory.allThemes().getFirst());

        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Vul dit veld in.");

        title.setValue("x".repeat(KnowledgeDraft.TITLE_MAX + 1));
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Dit is te lang: maximaal 200 tekens.");
        assertThat(_find(KnowledgeEditorView.class)).hasSize(1);

        title.setValue("Vaders in de groep");
        var body = _get(TextArea.class, spec -> spec.withId("item-body-editor"));
        body.setValue(body.getValue() + "\nVaders praten makkelijker tijdens iets doen.\n");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(shownView()).isEqualTo(KnowledgeItemView.class);
        assertThat(_get(Div.class, spec -> spec.withId("item-body")).getElement().getProperty("innerHTML"))
                .contains("<h2>Wat het is</h2>").contains("Vaders praten makkelijker tijdens iets doen.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_approach_starts_from_the_template_and_the_preview_shows_it_safely() {
        navigate("kennis/nieuw");
        ((Select<KnowledgeKind>) _get(Select.class, spec -> spec.withId("item-kind"))).setValue(KnowledgeKind.AANPAK);
        var body = _get(TextArea.class, spec -> spec.withId("item-body-editor"));
        assertThat(body.getValue()).contains("## Doelgroep", "## Doel", "## Aanpak (opbouw van de bijeenkomsten)",
                "## Werkzame elementen", "## Wat nodig is", "## Ervaringen en resultaten");
        body.setValue("## Doelgroep\n\nOuders <script>alert(1)</script>");
        String preview = _get(Div.class, spec -> spec.withId("item-preview")).getElement().getProperty("innerHTML");
        assertThat(preview).contains("<h2>Doelgroep</h2>").doesNotContain("<script");
    }

    @Test
    void a_facilitator_cannot_edit_a_colleagues_item_but_reads_and_comments_on_it() {
        long id = as(fatima, () -> knowledge.create(Items.draft(directory, "Herkenning", "Samen.", "Tekst.")));
        Professional sanne = loginAs("Sanne", Role.FACILITATOR);
        navigate("kennis/" + id + "/bewerken");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);

        navigate("kennis/" + id);
        assertThat(_find(Button.class, spec -> spec.withId("edit-item"))).isEmpty();
        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("Hoe lang duurde de ronde?");
        _click(_get(Button.class, spec -> spec.withId("comment-send")));
        assertThat(_get(Div.class, spec -> spec.withId("comments")).getElement().getTextRecursively())
                .contains("Sanne", "Hoe lang duurde de ronde?");
        _click(_get(Button.class, spec -> spec.withId("comment-send")));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).isInvalid()).isTrue();
        assertThat(sanne.name()).isEqualTo("Sanne");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_search_page_finds_items_and_offers_to_drop_a_filter_that_leaves_nothing() {
        String word = "zoekwoord" + System.nanoTime();
        long id = as(fatima, () -> knowledge.create(Items.draft(directory, "Avond " + word, "Samen.", "Tekst.")));
        navigate("kennis");
        _get(TextField.class, spec -> spec.withId("knowledge-query")).setValue(word);
        Grid<SearchHit> results = _get(Grid.class, spec -> spec.withId("knowledge-results"));
        assertThat(GridKt._fetch(results, 0, 10)).extracting(SearchHit::id).containsExactly(id);

        ((Select<KnowledgeKind>) _get(Select.class, spec -> spec.withId("filter-kind")))
                .setValue(KnowledgeKind.EVALUATIE);
        assertThat(GridKt._fetch(results, 0, 10)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("drop-filter-kind")));
        assertThat(GridKt._fetch(results, 0, 10)).extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void verslag_schrijven_starts_a_report_with_date_attendance_and_note_but_no_names() {
        LocalDateTime[] slot = DemoGroups.soonAtAnyHour(LocalDateTime.now(clock));
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        long sessionId = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(slot[0].toLocalDate(),
                slot[0].toLocalTime(), slot[1].toLocalTime())));
        as(fatima, () -> groups.open(groupId));
        for (String name : new String[] {"Annelies", "Bram"}) {
            as(fatima, () -> phoneSignups.add(groupId, Parents.byPhone(Parents.form(name))));
        }
        long present = attendanceSheetFirstLine(sessionId);
        as(fatima, () -> attendance.mark(sessionId, present, AttendanceStatus.PRESENT));
        as(fatima, () -> attendance.saveNote(sessionId, "Gesprek over de overdracht liep goed.", 0));

        navigate("sessies/" + sessionId + "/aanwezigheid");
        assertThat(_get(Anchor.class, spec -> spec.withId("write-report")).getHref())
                .isEqualTo("kennis/nieuw?sessie=" + sessionId);
        com.vaadin.flow.component.UI.getCurrent().navigate("kennis/nieuw",
                com.vaadin.flow.router.QueryParameters.of("sessie", String.valueOf(sessionId)));
        String body = _get(TextArea.class, spec -> spec.withId("item-body-editor")).getValue();
        assertThat(body).contains("1 van de 2 ouders aanwezig", "Gesprek over de overdracht liep goed.",
                String.valueOf(slot[0].getYear())).doesNotContain("Annelies", "Bram");
        _click(_get(Button.class, spec -> spec.withId("save")));

        var reports = as(fatima, () -> knowledge.ofGroup(groupId));
        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst().kind()).isEqualTo(KnowledgeKind.SESSIEVERSLAG);
    }

    @Test
    void a_note_naming_parents_starts_the_report_without_their_names_and_saving_a_name_warns_first() {
        LocalDateTime[] slot = DemoGroups.soonAtAnyHour(LocalDateTime.now(clock));
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        long sessionId = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(slot[0].toLocalDate(),
                slot[0].toLocalTime(), slot[1].toLocalTime())));
        as(fatima, () -> groups.open(groupId));
        for (String name : new String[] {"Annelies de Wit", "Bram Öztürk"}) {
            as(fatima, () -> phoneSignups.add(groupId, Parents.byPhone(Parents.form(name))));
        }
        as(fatima, () -> attendance.saveNote(sessionId, "Annelies vertelde over de overdracht; meneer Ozturk "
                + "kwam later. Het ging over de kinderen.", 0));

        com.vaadin.flow.component.UI.getCurrent().navigate("kennis/nieuw",
                com.vaadin.flow.router.QueryParameters.of("sessie", String.valueOf(sessionId)));
        TextArea body = _get(TextArea.class, spec -> spec.withId("item-body-editor"));
        assertThat(body.getValue()).contains("[naam] vertelde over de overdracht; meneer [naam] kwam later. "
                + "Het ging over de kinderen.").doesNotContainIgnoringCase("annelies").doesNotContainIgnoringCase("ozturk");

        body.setValue(body.getValue() + "\nVolgende keer vraagt Annelies iets over de school.");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("parent-named-warning"))).as("warned").hasSize(1);
        assertThat(as(fatima, () -> knowledge.ofGroup(groupId))).as("nothing saved yet").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("save-with-name")));
        assertThat(as(fatima, () -> knowledge.ofGroup(groupId))).as("saved on purpose").hasSize(1);
    }

    @Test
    void someone_who_cannot_see_the_groups_parents_learns_nothing_from_a_name_the_warning_is_for_its_facilitators() {
        LocalDateTime[] slot = DemoGroups.soonAtAnyHour(LocalDateTime.now(clock));
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of())));
        as(fatima, () -> schedule.addSession(groupId, Fixtures.session(slot[0].toLocalDate(), slot[0].toLocalTime(),
                slot[1].toLocalTime())));
        as(fatima, () -> groups.open(groupId));
        as(fatima, () -> phoneSignups.add(groupId, Parents.byPhone(Parents.form("Annelies de Wit"))));
        Professional adviseur = accounts.create("Joost", Role.ADVISEUR);

        // the adviseur never sees who signed up: a name of a parent and a name of no one are saved alike
        for (String name : new String[] {"Annelies", "Wilhelmina"}) {
            KnowledgeDraft draft = Items.draft(directory, "Over " + name, "Samenvatting.", name + " kwam te laat.");
            draft.setGroupId(groupId);
            assertThat(as(adviseur, () -> knowledge.create(draft))).as("saved with %s", name).isPositive();
        }
        KnowledgeDraft byFacilitator = Items.draft(directory, "Verslag", "Samenvatting.", "Annelies kwam te laat.");
        byFacilitator.setGroupId(groupId);
        assertThatThrownBy(() -> as(fatima, () -> knowledge.create(byFacilitator))).as("its facilitator is warned")
                .isInstanceOf(FieldValidationException.class).hasMessageContaining(KnowledgeService.PARENT_NAMED);
    }

    private long attendanceSheetFirstLine(long sessionId) {
        return as(fatima, () -> attendance.sheet(sessionId)).lines().getFirst().registrationId();
    }
}
