package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Parents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Toeleiding: the optional "how did you find this group" answer on the public form and by phone, and
 * verwijslinks whose sign-ups count for the referring organisation.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralLinkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReferralLinks referrals;
    @Autowired
    PhoneSignups phoneSignups;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    Professional fatima;
    long groupId;
    long school;

    @BeforeEach
    void openGroup() {
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        long id = as(fatima, () -> groups.create(Fixtures.group(directory, "overgewicht", Set.of())));
        as(fatima, () -> schedule.addSeries(id, Fixtures.weekly(Fixtures.today().plusDays(2), 3)));
        as(fatima, () -> groups.open(id));
        groupId = id;
        school = directory.allOrganisations().stream().filter(o -> o.name().equals("Basisschool De Regenboog"))
                .findFirst().orElseThrow().id();
    }

    @Test
    void a_sign_up_through_a_verwijslink_counts_for_the_organisation_and_keeps_the_parents_answer() throws Exception {
        var link = as(fatima, () -> referrals.create(groupId, school, nl.groepskracht.base.SubmissionKey.fresh()));
        assertThat(link.url()).endsWith("/aanbod/v/" + link.code());
        mvc.perform(get("/aanbod/v/" + link.code().toLowerCase()))
                .andExpect(redirectedUrl("/aanbod/" + groupId + "?via=" + link.code()));
        String page = mvc.perform(get("/aanbod/" + groupId).param("via", link.code())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hoe kwam u bij deze groep?", "name=\"via\"", "value=\"" + link.code() + "\"")
                .containsPattern("value=\"SCHOOL\"\\s+selected");

        mvc.perform(form(Map.of("via", link.code(), "toeleiding", "ANDERE_OUDER")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(Map.of("via", "ONBEKEND", "toeleiding", "FLYER_SOCIAL"))).andExpect(status().is3xxRedirection());
        mvc.perform(form(Map.of())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("SELECT CONCAT(COALESCE(toeleiding, '-'), '/', COALESCE(l.organisation_id, 0))"
                + " FROM registration r LEFT JOIN signup_referral_link l ON l.id = r.referral_link_id"
                + " WHERE r.group_id = ? ORDER BY r.id", String.class, groupId))
                .containsExactly("ANDERE_OUDER/" + school, "FLYER_SOCIAL/0", "-/0");
        assertThat(as(fatima, () -> referrals.list(groupId))).singleElement()
                .satisfies(l -> assertThat(l.signups()).isEqualTo(1));
    }

    @Test
    void a_wrong_code_shows_not_found_and_an_answer_outside_the_list_is_refused() throws Exception {
        mvc.perform(get("/aanbod/v/NIETSXX")).andExpect(status().isNotFound());
        mvc.perform(form(Map.of("toeleiding", "ROBOT"))).andExpect(status().is(422));
    }

    @Test
    void a_facilitator_adding_a_parent_by_phone_records_the_answer_and_only_the_groups_facilitators_make_links() {
        var signup = Parents.byPhone(Parents.form("Telefoonouder"));
        signup.setToeleiding(Toeleiding.HUISARTS);
        as(fatima, () -> phoneSignups.add(groupId, signup));
        assertThat(jdbc.queryForObject("SELECT toeleiding FROM registration WHERE group_id = ?", String.class,
                groupId)).isEqualTo("HUISARTS");
        Professional other = accounts.create("Ander", Role.FACILITATOR);
        assertThatThrownBy(() -> as(other, () -> referrals.create(groupId, school, nl.groepskracht.base.SubmissionKey.fresh())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_adviseur_makes_verwijslinks_for_any_group_and_the_administrator_does_not() {
        Professional adviseur = accounts.create("Joost", Role.ADVISEUR);
        var link = as(adviseur, () -> referrals.create(groupId, school, nl.groepskracht.base.SubmissionKey.fresh()));
        assertThat(as(adviseur, () -> referrals.list(groupId))).extracting(ReferralLinks.ReferralLink::code)
                .containsExactly(link.code());
        assertThat(as(fatima, () -> referrals.list(groupId))).as("the facilitator sees it too").hasSize(1);
        Professional admin = accounts.create("Beheer", Role.ADMIN);
        assertThatThrownBy(() -> as(admin, () -> referrals.create(groupId, school, nl.groepskracht.base.SubmissionKey.fresh())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private MockHttpServletRequestBuilder form(Map<String, String> extra) {
        MockHttpServletRequestBuilder request = post("/aanbod/" + groupId).with(csrf()).with(Clients.fresh())
                .param("name", "Amina Bakker").param("email", "amina." + System.nanoTime() + "@ouder.example")
                .param("language", "nl").param("consent", "true");
        extra.forEach(request::param);
        return request;
    }
}
