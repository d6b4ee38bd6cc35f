package nl.groepskracht.calendar;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalTime;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The private subscription feed: all sessions of one's groups behind a secret URL. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarFeedTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    nl.groepskracht.security.UserService users;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_feed_lists_the_sessions_of_my_groups_with_cancelled_ones_marked_and_a_new_token_kills_the_old() throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        var draft = Fixtures.group(directory, "overgewicht", Set.of());
        long group = as(fatima, () -> groups.create(draft));
        var day = Fixtures.today().plusDays(9);
        long kept = as(fatima, () -> schedule.addSession(group, Fixtures.session(day, LocalTime.of(10, 0),
                LocalTime.of(11, 0))));
        long dropped = as(fatima, () -> schedule.addSession(group, Fixtures.session(day.plusDays(1), LocalTime.of(14, 0),
                LocalTime.of(15, 0))));
        as(fatima, () -> schedule.cancel(dropped, null));
        assertThat(as(fatima, () -> feeds.myFeedSince())).isEmpty();
        String token = as(fatima, () -> feeds.newFeedToken());
        assertThat(as(fatima, () -> feeds.myFeedSince())).isPresent();

        var response = mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString();
        assertThat(new CalendarBuilder().build(new StringReader(ics)).validate(true).hasErrors()).isFalse();
        assertThat(ics).contains("UID:" + schedule.session(kept).uid(), "UID:" + schedule.session(dropped).uid(),
                "STATUS:CANCELLED", "STATUS:CONFIRMED", "METHOD:PUBLISH", "SUMMARY:" + draft.getName());
        assertThat(ics.toLowerCase()).doesNotContain("overgewicht");

        String fresh = as(fatima, () -> feeds.newFeedToken());
        assertThat(fresh).isNotEqualTo(token);
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + fresh + ".ics")).andExpect(status().isOk());
    }

    @Test
    void the_feed_of_a_deactivated_professional_answers_404_and_its_token_is_stored_only_as_a_hash()
            throws Exception {
        Professional sanne = accounts.create("Sanne", Role.FACILITATOR);
        String token = as(sanne, () -> feeds.newFeedToken());
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk());
        assertThat(jdbc.queryForList("select hex(token_hash) from calendar_feed", String.class))
                .noneMatch(stored -> stored.equalsIgnoreCase(java.util.HexFormat.of().formatHex(token.getBytes())))
                .contains(java.util.HexFormat.of().withUpperCase().formatHex(
                        nl.groepskracht.base.SecureTokens.hash(token)));

        nl.groepskracht.support.WithRole.as(nl.groepskracht.base.Roles.ADMIN, () -> users.setActive(sanne.id(), false));
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void a_new_password_ends_the_feed_made_before_it() throws Exception {
        Professional jan = accounts.create("Jan", Role.FACILITATOR);
        String token = as(jan, () -> feeds.newFeedToken());
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isOk());
        nl.groepskracht.support.WithRole.as(nl.groepskracht.base.Roles.ADMIN, () -> users.resetPassword(jan.id()));
        mvc.perform(get("/calendar/" + token + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_token_reveals_nothing() throws Exception {
        mvc.perform(get("/calendar/does-not-exist.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + "x".repeat(43) + ".ics")).andExpect(status().isNotFound());
    }
}
