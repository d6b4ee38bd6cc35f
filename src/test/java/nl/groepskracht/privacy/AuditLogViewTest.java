package nl.groepskracht.privacy;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.UiLanguage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** The administrator reads the audit log as sentences: who by name, what, which group by name. */
class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;
    @Autowired
    GroupService groups;
    @Autowired
    DirectoryService directory;

    String group;
    long groupId;

    @BeforeEach
    void fatimaWorkedWithHerGroup() {
        Professional fatima = accounts.create("Fatima El Amrani", Role.FACILITATOR);
        var draft = Fixtures.group(directory, "echtscheiding", Set.of());
        String name = "Samen ouder blijven " + System.nanoTime() % 100_000;
        draft.setName(name);
        groupId = as(fatima, () -> groups.create(draft));
        group = name + " (" + directory.allWijken().getFirst().name() + ", nog niet gepland)";
        as(fatima, () -> {
            audit.record(AuditAction.PARTICIPANTS_VIEWED, groupId, null);
            audit.record(AuditAction.ATTENDANCE_CORRECTED, groupId, "session 7: PRESENT -> ABSENT");
            audit.record(AuditAction.PARTICIPANT_REMOVED, groupId, "Verhuisd naar Zeist");
        });
        SecurityContextHolder.clearContext();
        audit.record(AuditAction.PARTICIPANTS_EXPORTED, groupId, "attendance matrix");
        loginAs("Mira Jansen", Role.ADMIN);
    }

    @Test
    void each_line_is_a_dutch_sentence_with_names() {
        navigate("audit");
        chooseTheGroup();
        assertThat(lines()).contains(
                List.of("Fatima El Amrani heeft de deelnemerslijst van " + group + " bekeken", ""),
                List.of("Fatima El Amrani heeft de aanwezigheid van een ouder in " + group + " gecorrigeerd",
                        "Aanwezig \u2192 Afwezig"),
                List.of("Fatima El Amrani heeft een ouder uit " + group + " verwijderd", "Verhuisd naar Zeist"),
                List.of("Groepskracht (automatisch) heeft het aanwezigheidsoverzicht van " + group + " ge\u00ebxporteerd",
                        ""));
    }

    @Test
    void in_english_too() {
        navigate("audit");
        UiLanguage.switchTo("en");
        navigate("audit");
        chooseTheGroup();
        String english = group.replace("nog niet gepland", "not planned yet");
        assertThat(lines()).contains(
                List.of("Fatima El Amrani viewed the participant list of " + english, ""),
                List.of("Fatima El Amrani corrected a parent's attendance in " + english, "Present \u2192 Absent"));
    }

    @Test
    void choosing_a_group_and_an_action_shows_only_those_lines_and_a_reversed_period_is_said_at_the_field() {
        navigate("audit");
        chooseTheGroup();
        assertThat(lines()).hasSize(4);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AuditAction> actions = _get(MultiSelectComboBox.class, spec -> spec.withId("filter-action"));
        actions.setValue(Set.of(AuditAction.PARTICIPANT_REMOVED));
        assertThat(lines()).containsExactly(List.of("Fatima El Amrani heeft een ouder uit " + group + " verwijderd",
                "Verhuisd naar Zeist"));

        DatePicker from = _get(DatePicker.class, spec -> spec.withId("filter-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("filter-to"));
        from.setValue(java.time.LocalDate.of(2026, 3, 2));
        to.setValue(java.time.LocalDate.of(2026, 3, 1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("De laatste dag ligt v\u00f3\u00f3r de eerste.");
        assertThat(lines()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("audit-csv")).isEnabled())
                .as("no export of a reversed period").isFalse();
    }

    /** Other tests write to the same log: look at this test's group only. */
    private void chooseTheGroup() {
        @SuppressWarnings("unchecked")
        ComboBox<AuditNames.GroupLabel> groupField = _get(ComboBox.class, spec -> spec.withId("filter-group"));
        groupField.setValue(ComboBoxKt.getSuggestionItems(groupField).stream().filter(g -> g.id() == groupId)
                .findFirst().orElseThrow());
    }

    /** The newest lines as shown: what happened, and the note (the time column left out). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> lines() {
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit"));
        return IntStream.range(0, Math.min(20, GridKt._size(grid)))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).subList(1, 3)).toList();
    }
}
