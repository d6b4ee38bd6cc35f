package nl.groepskracht.attendance;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.ParticipantAdmin;
import nl.groepskracht.signup.PhoneSignups;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.Planner;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A group's attendance page: nothing to show before the first session, sentences with the right
 * singular and plural in both languages, the "give a call" column only when someone needs one, the
 * drop-in wording for a walk-in group, and the adviseur's view without names.
 */
@Import(SmtpAndClockTest.ClockConfig.class)
class FiguresPageTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Planner planner;
    @Autowired
    PhoneSignups phoneSignups;
    @Autowired
    ParticipantAdmin participants;
    @Autowired
    AttendanceService attendance;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void before_the_first_session_there_are_no_rates_only_a_sentence_that_they_will_come() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long group = planner.group(fatima, "Nog niet begonnen", 10);
        planner.session(fatima, group, today().plusDays(3), LocalTime.of(19, 0));
        navigate("groepen/" + group + "/aanwezigheid");
        assertThat(summary()).isEqualTo("Nog geen bijeenkomsten gehouden. De cijfers verschijnen na de eerste bijeenkomst.");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void one_session_one_parent_reads_in_the_singular_and_the_call_column_appears_only_when_needed() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long group = planner.group(fatima, "Enkelvoud", 10);
        long first = planner.session(fatima, group, today().plusDays(1), LocalTime.of(10, 0));
        long second = planner.session(fatima, group, today().plusDays(2), LocalTime.of(10, 0));
        planner.open(fatima, group);
        var form = Parents.form("Ayse");
        form.setPhone("06 1234 5678");
        as(fatima, () -> phoneSignups.add(group, Parents.byPhone(form)));
        long ayse = as(fatima, () -> participants.roster(group)).getFirst().registrationId();

        clock.moveTo(today().plusDays(1).atTime(12, 0));
        as(fatima, () -> attendance.mark(first, ayse, AttendanceStatus.ABSENT));
        navigate("groepen/" + group + "/aanwezigheid");
        assertThat(summary()).isEqualTo("1 bijeenkomst gehouden. Van de ouders die er verwacht werden, was 0% er. "
                + "Niemand is gestopt.");
        assertThat(headers("parent-figures")).doesNotContain("Even bellen?");
        assertThat(_find(Paragraph.class, spec -> spec.withId("figures-call-explain"))).isEmpty();

        clock.moveTo(today().plusDays(2).atTime(12, 0));
        as(fatima, () -> attendance.mark(second, ayse, AttendanceStatus.ABSENT));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("groepen/" + group + "/aanwezigheid");
        assertThat(summary()).isEqualTo("2 sessions held. Of the parents expected, 0% came. Nobody stopped.");
        assertThat(headers("parent-figures")).contains("Give a call?");
        @SuppressWarnings("unchecked")
        Grid<Object> parents = _get(Grid.class, spec -> spec.withId("parent-figures"));
        var call = (com.vaadin.flow.component.html.Div) com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(parents, 0, "call");
        assertThat(call.getElement().getTextRecursively()).contains("06 1234 5678");
        assertThat(call.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .as("one tap calls").containsExactly("tel:0612345678");
        assertThat(_get(Paragraph.class, spec -> spec.withId("figures-call-explain")).getText())
                .contains("two sessions in a row");
    }

    @Test
    void a_walk_in_group_counts_drop_in_sessions_adults_and_children() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long group = planner.group(fatima, "Spelinloop", null);
        long session = planner.session(fatima, group, today().plusDays(1), LocalTime.of(9, 30));
        planner.open(fatima, group);
        clock.moveTo(today().plusDays(1).atTime(11, 30));
        as(fatima, () -> attendance.saveHeadCount(session, new HeadCount(1, 4, 0)));
        navigate("groepen/" + group + "/aanwezigheid");
        assertThat(summary()).isEqualTo("1 inloopmoment gehouden, met samen 1 volwassene en 4 kinderen.");
        assertThat(_find(Anchor.class, spec -> spec.withId("export-attendance"))).isEmpty();
    }

    @Test
    void the_adviseur_is_sent_to_the_groups_monitoring_figures_without_names() {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long group = planner.group(fatima, "Voor de adviseur", 10);
        planner.session(fatima, group, today().plusDays(1), LocalTime.of(10, 0));
        planner.open(fatima, group);
        as(fatima, () -> phoneSignups.add(group, Parents.byPhone(Parents.form("Bram"))));
        clock.moveTo(today().plusDays(1).atTime(12, 0));

        loginAs("Adviseur", Role.ADVISEUR);
        navigate("groepen/" + group + "/aanwezigheid");
        var view = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
        assertThat(view).isInstanceOf(nl.groepskracht.monitoring.ui.GroupMonitoringView.class);
        assertThat(_find(Grid.class, spec -> spec.withId("parent-figures"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("export-attendance"))).isEmpty();
        assertThat(view.getElement().getTextRecursively()).as("a group of one parent: no exact numbers")
                .doesNotContain("Bram").contains("Bereik (gezinnen)afgeschermd");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AppZone.ID));
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("figures-summary")).getText();
    }

    private static java.util.List<String> headers(String gridId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return grid.getColumns().stream().map(c -> c.getHeaderText()).toList();
    }
}
