package nl.groepskracht.privacy;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
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

    @BeforeEach
    void fatimaWorkedWithHerGroup() {
        Professional fatima = accounts.create("Fatima El Amrani", Role.FACILITATOR);
        var draft = Fixtures.group(directory, "echtscheiding", Set.of());
        group = "Samen ouder blijven " + System.nanoTime() % 100_000;
        draft.setName(group);
        long groupId = as(fatima, () -> groups.create(draft));
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
        assertThat(lines()).contains(
                List.of("Fatima El Amrani viewed the participant list of " + group, ""),
                List.of("Fatima El Amrani corrected a parent's attendance in " + group, "Present \u2192 Absent"));
    }

    /** The newest lines as shown: what happened, and the note (the time column left out). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> lines() {
        Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit"));
        return IntStream.range(0, Math.min(20, GridKt._size(grid)))
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).subList(1, 3)).toList();
    }
}
