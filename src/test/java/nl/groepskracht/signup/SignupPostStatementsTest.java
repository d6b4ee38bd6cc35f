package nl.groepskracht.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.groepskracht.support.Clients;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.ServerStatements;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A sign-up POST costs a fixed, small number of statements (every one a round trip, counted with MariaDB's own
 * log, transaction statements too; 31 before issue 23's sign-up work, 17 after it, 13 since both limits are one
 * statement each): the group's page it came from is the cached one every visitor sees, the address's earlier
 * sign-ups and its family are one statement, the public group is read without its facilitators, and the client's
 * limit and the address's mail limit are each counted with one upsert that returns the count ({@code RateLimiter}),
 * the client's outside any transaction.
 */
@SmtpAndClockTest
class SignupPostStatementsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParentWorld world;
    @Autowired
    ServerStatements statements;

    @Test
    void a_sign_up_post_costs_a_fixed_number_of_statements_with_the_groups_page_from_the_cache() throws Exception {
        long group = world.openGroup("Buurthuis De Dreef, Dreef 12, Utrecht", 5);
        mvc.perform(get("/aanbod/" + group)).andExpect(status().isOk());
        SignupForm parent = Parents.form("Snel");

        var run = statements.during(() -> mvc.perform(post("/aanbod/" + group).with(csrf()).with(Clients.fresh())
                .param("name", parent.getName()).param("email", parent.getEmail()).param("language", "nl")
                .param("consent", "true")).andExpect(redirectedUrl("/aanbod/" + group + "/verstuurd")));

        assertThat(run.statements()).as("the client's limit, the group and its coming session, the address's "
                + "sign-ups, the parent, the sign-up, the address's mail limit, the link, the mail, and the "
                + "transactions' own statements").hasSizeLessThanOrEqualTo(13);
        assertThat(world.last(parent.getEmail()).text()).contains("/aanmelding/");
    }
}
