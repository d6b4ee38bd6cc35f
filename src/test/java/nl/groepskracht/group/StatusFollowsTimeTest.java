package nl.groepskracht.group;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.SignupOverview;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Planner;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A group whose last session is over reads "Afgelopen" by itself, from the clock: late the same
 * evening (23:30) and in the night after (03:30), with everything that follows from it — it leaves
 * the offer, its poster no longer asks to scan and sign up, the start page no longer lists it among
 * the groups that run, the group list finds it under "Afgelopen", and its sessions read "Gehouden".
 */
@Import(SmtpAndClockTest.ClockConfig.class)
class StatusFollowsTimeTest extends KaribuTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Planner planner;
    @Autowired
    GroupService groups;
    @Autowired
    SignupOverview overview;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void a_group_reads_afgelopen_after_its_last_session_also_at_half_past_eleven_and_half_past_three()
            throws Exception {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long group = planner.group(fatima, "Laatste avond", 10);
        LocalDate day = LocalDate.now(clock.withZone(AppZone.ID)).plusDays(2);
        planner.session(fatima, group, day.minusDays(1), LocalTime.of(19, 30));
        planner.session(fatima, group, day, LocalTime.of(19, 30));
        planner.open(fatima, group);

        clock.moveTo(day.atTime(19, 0));
        assertThat(as(fatima, () -> groups.get(group)).status()).isEqualTo(GroupStatus.OPEN);
        assertThat(inOffer(group)).isTrue();

        for (var late : List.of(day.atTime(23, 30), day.plusDays(1).atTime(3, 30))) {
            clock.moveTo(late);
            assertThat(as(fatima, () -> groups.get(group)).status()).as("at %s", late).isEqualTo(GroupStatus.FINISHED);
            assertThat(inOffer(group)).as("in the offer at %s", late).isFalse();
            assertThat(listed(fatima, GroupStatus.FINISHED)).contains(group);
            assertThat(listed(fatima, GroupStatus.OPEN)).doesNotContain(group);
            assertThat(as(fatima, () -> overview.mine())).noneMatch(g -> g.groupId() == group);

            navigate("groepen/" + group);
            assertThat(_get(Span.class, spec -> spec.withId("group-status")).getText()).isEqualTo("Afgelopen");
            @SuppressWarnings("unchecked")
            Grid<SessionInfo> sessions = _get(Grid.class, spec -> spec.withId("sessions"));
            assertThat(sessionStatuses(sessions)).containsExactly("Gehouden", "Gehouden");

            String poster = MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx).build()
                    .perform(get("/aanbod/" + group + "/poster")).andReturn().getResponse().getContentAsString();
            assertThat(poster).contains("Deze groep is afgelopen").doesNotContain("Scan de code om u aan te melden");
        }
    }

    @Test
    void a_walk_in_group_is_shared_as_a_page_for_parents_not_as_a_sign_up_link() {
        Professional fatima = loginAs("Fatima", Role.FACILITATOR);
        long walkIn = planner.group(fatima, "Inloop", null);
        planner.session(fatima, walkIn, LocalDate.now(clock.withZone(AppZone.ID)).plusDays(3), LocalTime.of(9, 30));
        planner.open(fatima, walkIn);
        long withSignup = planner.group(fatima, "Met aanmelding", 8);
        planner.session(fatima, withSignup, LocalDate.now(clock.withZone(AppZone.ID)).plusDays(3),
                LocalTime.of(19, 30));
        planner.open(fatima, withSignup);

        navigate("");
        assertThat(_get(Anchor.class, spec -> spec.withId("share-link-" + walkIn)).getText())
                .isEqualTo("Pagina voor ouders (vrije inloop)");
        assertThat(_get(Anchor.class, spec -> spec.withId("share-link-" + withSignup)).getText())
                .isEqualTo("Aanmeldlink");
    }

    private boolean inOffer(long group) {
        return groups.openGroups(null, null, 0, 1000).stream().anyMatch(g -> g.id() == group);
    }

    private List<Long> listed(Professional who, GroupStatus status) {
        return as(who, () -> groups.list(new GroupFilter(null, null, status, null, null), PageRequest.of(0, 1000)))
                .map(GroupSummary::id).toList();
    }

    private static List<String> sessionStatuses(Grid<SessionInfo> grid) {
        int rows = (int) grid.getGenericDataView().getItems().count();
        return java.util.stream.IntStream.range(0, rows)
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).get(3)).toList();
    }
}
