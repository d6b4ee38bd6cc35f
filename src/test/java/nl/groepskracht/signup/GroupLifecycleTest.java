package nl.groepskracht.signup;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupDraft;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Links;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.Parents;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Closing a group: coming sessions end in everyone's calendar with one message, those waiting are told; reopening. */
@SmtpAndClockTest
class GroupLifecycleTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

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

    Professional fatima;
    long groupId;

    @BeforeEach
    void fullGroup() {
        dispatcher.dispatchDue();
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        GroupDraft draft = Fixtures.group(directory, "schoolverzuim", Set.of());
        draft.setCapacity(1);
        groupId = as(fatima, () -> groups.create(draft));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(Fixtures.today().plusDays(3), 3)));
        as(fatima, () -> groups.open(groupId));
    }

    @Test
    void closing_cancels_coming_sessions_with_one_message_each_and_tells_the_waiting_list() throws Exception {
        SignupForm placed = confirm("Geplaatst");
        SignupForm waiting = confirm("Wachtend");
        SignupForm unconfirmed = Parents.form("Onbevestigd");
        signups.signUp(groupId, unconfirmed);
        dispatcher.dispatchDue();
        int before = Mails.to(smtp.getReceivedMessages(), placed.getEmail()).size();

        as(fatima, () -> groups.close(groupId));
        dispatcher.dispatchDue();

        List<SessionInfo> sessions = as(fatima, () -> schedule.sessions(groupId));
        assertThat(sessions).hasSize(3).allMatch(SessionInfo::isCancelled);
        List<MimeMessage> toPlaced = Mails.to(Mails.settled(smtp), placed.getEmail());
        assertThat(toPlaced).hasSize(before + 1);
        assertThat(Mails.subject(toPlaced.getLast())).startsWith("Afgesloten");
        assertThat(Mails.calendarParts(toPlaced.getLast()).getFirst().contentType()).contains("method=CANCEL");
        List<MimeMessage> toFatima = Mails.to(smtp.getReceivedMessages(), fatima.email());
        assertThat(Mails.subject(toFatima.getLast())).startsWith("Afgesloten");
        MimeMessage toldWaiting = Mails.to(smtp.getReceivedMessages(), waiting.getEmail()).getLast();
        assertThat(Mails.subject(toldWaiting)).isEqualTo("Groepskracht: de groep is afgesloten");
        assertThat(Mails.calendarParts(toldWaiting)).isEmpty();
        assertThat(statusOf(waiting)).isEqualTo("CANCELLED");
        assertThat(statusOf(unconfirmed)).isEqualTo("CANCELLED");
        assertThat(statusOf(placed)).as("history is kept").isEqualTo("CONFIRMED");

        var cancel = jdbc.queryForObject("select id from registration r where r.group_id = ? and status = 'CONFIRMED'",
                Long.class, groupId);
        String link = Parents.personalToken(Mails.text(toPlaced.get(1)));
        page.cancel(link, cancel);
        assertThat(statusOf(waiting)).as("a closed group promotes no one").isEqualTo("CANCELLED");
    }

    @Test
    void a_closed_group_is_reopened_within_thirty_days_and_not_after() {
        as(fatima, () -> groups.close(groupId));
        clock.advance(Duration.ofDays(29));
        try {
            as(fatima, () -> groups.reopen(groupId));
            assertThat(as(fatima, () -> groups.get(groupId)).status()).isEqualTo(GroupStatus.DRAFT);
            as(fatima, () -> groups.close(groupId));
            clock.advance(Duration.ofDays(30).plusMinutes(1));
            assertThatThrownBy(() -> as(fatima, () -> groups.reopen(groupId)))
                    .as("a minute past the 30 days")
                    .isInstanceOfSatisfying(FieldValidationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("group.reopen.too-late"));
            assertThat(as(fatima, () -> groups.get(groupId)).status()).isEqualTo(GroupStatus.CLOSED);
        } finally {
            clock.advance(Duration.ofDays(-59).minusMinutes(1));
        }
    }

    private SignupForm confirm(String name) {
        SignupForm parent = Parents.form(name);
        signups.signUp(groupId, parent);
        signups.confirm(Links.confirmToken(jdbc, parent.getEmail()));
        return parent;
    }

    private String statusOf(SignupForm parent) {
        return jdbc.queryForObject("select r.status from registration r join participant p on p.id = r.participant_id "
                + "where p.email = ?", String.class, parent.getEmail());
    }
}
