package nl.groepskracht.signup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.ServerStatements;
import nl.groepskracht.support.SmtpAndClockTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every confirmation of a group waits for the group's row lock, so under it runs only what decides the place and
 * writes its outcome, one statement each: the lock, the group's row written (a row lock holds only on its own
 * Galera node; the write makes two nodes' decisions conflict at commit, V95), the registration with the places
 * taken and the waiting list ahead, the new status, (for a place) the calendar's SEQUENCE, the mail into the outbox and the personal links.
 * Reading the group's facts and sessions, writing the invitation and the mail, and drawing and hashing the links'
 * tokens happen before it; the answer page reads nothing again. Counted with MariaDB's own log of statements
 * (before issue 23's confirm work: 14 for a place, 10 for the waiting list, and the page read it all again). The
 * whole POST is bounded too: 28 and 23 statements while the client's limit was a transaction of five, 24 and 19
 * with it one statement, 21 and 16 since the reads before the lock share the decision's transaction.
 */
@SmtpAndClockTest
class ConfirmUnderLockTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ParentWorld world;
    @Autowired
    ServerStatements statements;

    @Test
    void a_place_is_given_under_the_lock_with_eight_statements_and_the_answer_reads_nothing_after() throws Exception {
        long group = world.openGroup("Buurthuis De Dreef, Dreef 12, Utrecht", 5);
        SignupForm parent = world.signUp(group, "Plek", "nl");
        String token = Parents.confirmToken(world.last(parent.getEmail()).text());

        AtomicReference<Document> answer = new AtomicReference<>();
        var run = statements.during(() -> answer.set(confirm(token)));

        assertThat(run.whileLocked("parent_group")).as("lock, group row written, registration with places, status, "
                + "calendar SEQUENCE raised and read, outbox, links").hasSizeLessThanOrEqualTo(8);
        assertThat(run.afterUnlocking("parent_group")).as("the answer page reads nothing again").isEmpty();
        assertThat(run.statements()).as("the whole POST: the client's limit in one statement, the token, the "
                + "prepare step, the decision, transactions' own statements").hasSizeLessThanOrEqualTo(21);
        assertThat(answer.get().select("#outcome").text()).isEqualTo("U bent aangemeld");
        assertThat(answer.get().select("#contact").text()).contains(ParentWorld.CONTACT, ParentWorld.PHONE);
        var mail = world.last(parent.getEmail());
        assertThat(mail.subject()).isEqualTo(world.text("signup.mail.confirmed.subject", "nl"));
        assertThat(mail.icsMethod()).isEqualTo("REQUEST");
        assertThat(mail.ics()).contains("SEQUENCE:");
        assertThat(mail.text()).contains("/mijn/");
    }

    @Test
    void a_place_on_the_waiting_list_is_decided_under_the_lock_with_six_statements() throws Exception {
        long group = world.openGroup("Buurthuis De Dreef, Dreef 12, Utrecht", 1);
        world.placed(group, "Eerste", "nl");
        SignupForm parent = world.signUp(group, "Wacht", "nl");
        String token = Parents.confirmToken(world.last(parent.getEmail()).text());

        AtomicReference<Document> answer = new AtomicReference<>();
        var run = statements.during(() -> answer.set(confirm(token)));

        assertThat(run.whileLocked("parent_group")).as("lock, group row written, registration with places and those "
                + "waiting, status, outbox, links").hasSizeLessThanOrEqualTo(6);
        assertThat(run.afterUnlocking("parent_group")).as("the answer page reads nothing again").isEmpty();
        assertThat(run.statements()).as("the whole POST, the client's limit in one statement")
                .hasSizeLessThanOrEqualTo(16);
        assertThat(answer.get().select("#outcome").text()).isEqualTo("U staat op de wachtlijst");
        assertThat(answer.get().select("main").text()).contains(world.text("mine.position", "nl", 1));
        var mail = world.last(parent.getEmail());
        assertThat(mail.subject()).isEqualTo(world.text("signup.mail.waitlisted.subject", "nl"));
        assertThat(mail.text()).contains("op de wachtlijst, op plaats 1.").contains("/mijn/");
    }

    private Document confirm(String token) throws Exception {
        return Jsoup.parse(mvc.perform(post("/aanmelding/" + token).with(csrf()).with(Clients.fresh()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
