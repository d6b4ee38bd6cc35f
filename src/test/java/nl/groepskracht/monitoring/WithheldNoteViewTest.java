package nl.groepskracht.monitoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hidden figure reads "afgeschermd"; every table that shows one says right under it what that means
 * (fewer than 5 families, or withheld so that such a number cannot be worked out from the others), and a
 * table without one does not. A wijk long ago with a group of 3 families and one of 9: the 3 is hidden by
 * the "&lt; 5" rule, the 9 by secondary suppression (the wijk's 12 would give the 3 away).
 */
class WithheldNoteViewTest extends KaribuTest {

    private static final String MEANING = "Afgeschermd: minder dan 5 gezinnen, of afgeschermd zodat een"
            + " afgeschermd aantal niet met de andere cijfers van deze periode uit te rekenen is.";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void under_every_table_with_a_hidden_figure_it_says_what_afgeschermd_means() {
        KnownData k = new KnownData(jdbc);
        LocalDate first = LocalDate.now(clock.withZone(AppZone.ID)).minusDays(5000);
        long wijk = k.wijk("Schermwijk " + System.nanoTime());
        long small = group(k, "Schermgroep klein " + System.nanoTime(), wijk, k.theme("overgewicht"), 3, first);
        group(k, "Schermgroep groot " + System.nanoTime(), wijk, k.theme("echtscheiding"), 9, first);
        k.rebuild();
        loginAs("Joost", Role.ADVISEUR);
        var period = QueryParameters.simple(Map.of("periode", "eigen", "van", first.toString(), "tot",
                first.plusDays(20).toString()));

        UI.getCurrent().navigate("monitoring", period);
        assertThat(_get(Span.class, spec -> spec.withId("figure-bereik")).getText()).isEqualTo("12");
        assertThat(after(_get(Grid.class, spec -> spec.withId("matrix")))).as("under the matrix")
                .isInstanceOfSatisfying(Paragraph.class, note -> assertThat(note.getText()).startsWith(MEANING));
        assertThat(after(_get(Grid.class, spec -> spec.withId("toeleiding")))).as("nothing hidden there")
                .isNotInstanceOf(Paragraph.class);
        assertThat(notes()).as("the matrix only: the headline and the lists hide nothing").hasSize(1);

        UI.getCurrent().navigate("monitoring/wijk/" + wijk, period);
        assertThat(after(_get(Grid.class, spec -> spec.withId("wijk-groups")))).as("under the wijk's groups")
                .isInstanceOfSatisfying(Paragraph.class, note -> assertThat(note.getText()).startsWith(MEANING));

        UI.getCurrent().navigate("monitoring/groep/" + small, period);
        assertThat(_get(Span.class, spec -> spec.withId("figure-bereik")).getText()).isEqualTo("afgeschermd");
        assertThat(notes()).as("under the group's figures").singleElement()
                .satisfies(note -> assertThat(note.getText()).startsWith(MEANING));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("gk-trend-summary")).getFirst().getText())
                .as("the month chart says what its grey column is")
                .contains("1 maand is afgeschermd (minder dan 5 gezinnen, of afgeschermd zodat zo'n aantal niet"
                        + " uit de andere maanden uit te rekenen is): de grijze kolom.");
    }

    private static List<Paragraph> notes() {
        return _find(Paragraph.class, spec -> spec.withClasses("gk-withheld-note"));
    }

    /** The component right after this one in its parent. */
    private static Component after(Component component) {
        List<Component> siblings = component.getParent().orElseThrow().getChildren().toList();
        return siblings.get(siblings.indexOf(component) + 1);
    }

    /** A group of this many families, all present at its one session. */
    private static long group(KnownData k, String name, long wijk, long theme, int families, LocalDate day) {
        long group = k.group(name, wijk, theme, 12, day, day);
        long session = k.session(group, day.plusDays(1), false);
        for (int i = 0; i < families; i++) {
            k.mark(session, k.place(group, k.family(), name.replace(" ", "") + i, "CONFIRMED",
                    KnownData.at(day.minusDays(5), 10), null, null, null), "PRESENT");
        }
        return group;
    }
}
