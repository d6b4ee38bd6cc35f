package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.WijkDraft;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.SqlStatements;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public pages cost a fixed number of SQL statements, however many groups the offer holds (no lookups
 * per group), and none while what every visitor sees is cached; a change shows on the next request, in
 * each language.
 */
@SmtpAndClockTest
class PublicPagesQueriesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SqlStatements sql;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    PhoneSignups phoneSignups;
    @Autowired
    Accounts accounts;

    Professional fatima;
    long wijk;

    @BeforeEach
    void aWijkOfItsOwn() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        var draft = new WijkDraft();
        draft.setName("Querywijk " + System.nanoTime());
        draft.setMunicipality("Utrecht");
        wijk = WithRole.as(Roles.ADMIN, () -> directory.saveWijk(null, draft));
    }

    @Test
    void the_offer_costs_the_same_statements_with_3_and_with_30_groups_and_none_when_cached() throws Exception {
        List<Long> made = openGroups(3);
        long cold = sql.during(() -> offer("nl"));
        assertThat(cold).as("the directory's lists (one statement for themes, wijken and organisations), the groups "
                + "with their total, their sessions, their places taken").isEqualTo(4);
        assertThat(sql.during(() -> offer("nl"))).as("the same offer again: cached").isZero();

        long withThree = sql.during(() -> offer("en"));
        made.addAll(openGroups(27));
        String page = offer("nl");
        assertThat(page).contains("/aanbod/" + made.getFirst() + "\"");
        long withThirty = sql.during(() -> offer("en"));
        assertThat(withThirty).as("30 groups (a page of 20 shown) cost what 3 cost").isEqualTo(withThree);
        assertThat(withThree).as("a new group empties the pages, not the directory's lists: groups, sessions, places")
                .isEqualTo(3);
    }

    @Test
    void a_group_page_costs_the_same_statements_whatever_the_offer_holds_and_none_when_cached() throws Exception {
        long first = openGroups(1).getFirst();
        assertThat(sql.during(() -> groupPage(first, "nl"))).as("the directory's lists, the group, its sessions and "
                + "its places taken").isEqualTo(4);
        long alone = sql.during(() -> groupPage(first, "en"));
        openGroups(10);
        long beside = sql.during(() -> groupPage(first, "en"));
        assertThat(beside).isEqualTo(alone).isEqualTo(3);
        assertThat(sql.during(() -> groupPage(first, "en"))).as("cached").isZero();
    }

    @Test
    void a_new_group_and_a_place_taken_show_on_the_next_request_in_each_language() throws Exception {
        long group = openGroups(1).getFirst();
        assertThat(offer("nl")).contains("Nog 10 plaatsen vrij");
        assertThat(offer("en")).contains("10 places left");
        assertThat(groupPage(group, "en")).contains("10 places left");

        as(fatima, () -> phoneSignups.add(group, Parents.byPhone(Parents.form("Amina"))));
        assertThat(offer("nl")).contains("Nog 9 plaatsen vrij");
        assertThat(offer("en")).contains("9 places left");
        assertThat(groupPage(group, "nl")).contains("Nog 9 plaatsen vrij");
        assertThat(groupPage(group, "en")).contains("9 places left");

        long another = openGroups(1).getFirst();
        assertThat(offer("nl")).contains("/aanbod/" + another + "\"");
        assertThat(offer("en")).contains("/aanbod/" + another + "\"");
    }

    @Test
    void the_offer_answers_304_to_its_etag_until_it_changes() throws Exception {
        long group = openGroups(1).getFirst();
        var first = mvc.perform(get("/aanbod?wijk=" + wijk)).andExpect(status().isOk())
                .andReturn().getResponse();
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).isEqualTo("no-cache");
        mvc.perform(get("/aanbod?wijk=" + wijk).header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        as(fatima, () -> phoneSignups.add(group, Parents.byPhone(Parents.form("Bram"))));
        mvc.perform(get("/aanbod?wijk=" + wijk).header("If-None-Match", etag))
                .andExpect(status().isOk());
    }

    private List<Long> openGroups(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GroupDraft draft = Fixtures.group(directory, "schoolverzuim", Set.of());
            draft.setWijkId(wijk);
            long id = as(fatima, () -> groups.create(draft));
            as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
            as(fatima, () -> groups.open(id));
            ids.add(id);
        }
        return ids;
    }

    private String offer(String language) throws Exception {
        return mvc.perform(get("/aanbod?wijk=" + wijk).cookie(new Cookie("gk-lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String groupPage(long id, String language) throws Exception {
        return mvc.perform(get("/aanbod/" + id).cookie(new Cookie("gk-lang", language)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
