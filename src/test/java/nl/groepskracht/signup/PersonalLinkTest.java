package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Clients;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A personal link works for a while; then (or when the e-mail is gone) the parent asks a fresh one by address. */
@SmtpAndClockTest
class PersonalLinkTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MockMvc mvc;
    @Autowired
    SignupService signups;
    @Autowired
    PersonalPage page;
    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_old_link_stops_working_and_a_fresh_one_is_mailed_to_the_address_only() throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "spelinloop", Set.of())));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(3), 2)));
        as(fatima, () -> groups.open(groupId));
        SignupForm parent = Parents.form("Oud");
        signups.signUp(groupId, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        String link = Links.personalToken(jdbc, parent.getEmail());
        dispatcher.dispatchDue();
        assertThat(page.mine(link)).hasSize(1);

        clock.advance(Duration.ofDays(121));
        try {
            assertThat(page.mine(link)).as("an old link shows nothing").isEmpty();
            assertThat(mvc.perform(get("/mijn/" + link)).andReturn().getResponse().getContentAsString())
                    .contains("/mijn\"");
            int before = Mails.to(Mails.settled(smtp), parent.getEmail()).size();
            mvc.perform(post("/mijn").param("email", parent.getEmail().toUpperCase()).with(csrf())
                    .with(Clients.fresh()));
            String unknown = mvc.perform(post("/mijn").param("email", "niemand." + System.nanoTime()
                    + "@example.nl").with(csrf()).with(Clients.fresh())).andReturn().getResponse().getRedirectedUrl();
            assertThat(unknown).as("the same answer for an unknown address").isEqualTo("/mijn?verstuurd");
            dispatcher.dispatchDue();
            var mails = Mails.to(Mails.settled(smtp), parent.getEmail());
            assertThat(mails).hasSize(before + 1);
            String fresh = Parents.personalToken(Mails.text(mails.getLast()));
            assertThat(page.mine(fresh)).hasSize(1);
        } finally {
            clock.advance(Duration.ofDays(-121));
        }
    }
}
