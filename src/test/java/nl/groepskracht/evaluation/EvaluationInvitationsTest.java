package nl.groepskracht.evaluation;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.signup.SignupForm;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * When a group is over, the parents who came get one e-mail each in their language, and one reminder a
 * week later if they did not answer; never those who did not come, signed off or were anonymised, and
 * never twice, also when two portal instances run the job at the same moment.
 */
@SmtpAndClockTest
class EvaluationInvitationsTest {

    @Autowired
    FinishedGroup finished;
    @Autowired
    EvaluationInvitations invitations;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    GroupService groups;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void only_parents_who_came_get_one_invitation_in_their_language_even_from_two_concurrent_runs() throws Exception {
        var group = finished.plan();
        SignupForm came = finished.form("Anouk", "nl");
        SignupForm english = finished.form("Emily", "en");
        SignupForm neverCame = finished.form("Nooit", "nl");
        SignupForm signedOff = finished.form("Afgemeld", "nl");
        SignupForm anonymised = finished.form("Vergeten", "nl");
        long cameId = finished.parent(group.groupId(), came);
        long englishId = finished.parent(group.groupId(), english);
        long neverId = finished.parent(group.groupId(), neverCame);
        long offId = finished.parent(group.groupId(), signedOff);
        long anonId = finished.parent(group.groupId(), anonymised);
        finished.attended(group.sessions().get(0), cameId, "PRESENT");
        finished.attended(group.sessions().get(1), cameId, "EXCUSED");
        finished.attended(group.sessions().get(0), englishId, "ABSENT");
        finished.attended(group.sessions().get(1), englishId, "PRESENT");
        finished.attended(group.sessions().get(0), neverId, "ABSENT");
        finished.attended(group.sessions().get(1), neverId, "ABSENT");
        finished.attended(group.sessions().get(0), offId, "PRESENT");
        finished.attended(group.sessions().get(0), anonId, "PRESENT");
        jdbc.update("UPDATE registration SET status = 'CANCELLED', cancelled_at = NOW() WHERE id = ?", offId);
        jdbc.update("UPDATE participant p JOIN registration r ON r.participant_id = p.id SET p.name = NULL,"
                + " p.email = NULL, p.anonymised_at = NOW() WHERE r.id = ?", anonId);

        invitations.inviteDue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_invitation WHERE group_id = ?", Integer.class,
                group.groupId())).as("nobody of the group invited before it is over").isZero();
        assertThat(finished.evaluationMails(came.getEmail())).isEmpty();
        assertThat(finished.evaluationMails(english.getEmail())).isEmpty();

        finished.over(group);
        runConcurrently(2);
        runConcurrently(2);

        assertThat(finished.evaluationMails(came.getEmail())).containsExactly("Hoe was de groep? Uw mening in twee minuten");
        assertThat(finished.evaluationMails(english.getEmail())).containsExactly("How was the group? Your view in two minutes");
        assertThat(finished.evaluationMails(neverCame.getEmail())).isEmpty();
        assertThat(finished.evaluationMails(signedOff.getEmail())).isEmpty();
        assertThat(finished.evaluationMails(anonymised.getEmail())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT body_text FROM outbox_mail WHERE recipient = ? AND body_text LIKE"
                + " '%/evaluatie/%'", String.class, english.getEmail())).startsWith("Dear Emily,");
    }

    @Test
    void one_reminder_after_a_week_to_who_did_not_answer_and_nothing_after_that() throws Exception {
        var group = finished.plan();
        SignupForm answers = finished.form("Beantwoordt", "nl");
        SignupForm silent = finished.form("Stil", "nl");
        finished.attended(group.sessions().get(0), finished.parent(group.groupId(), answers), "PRESENT");
        finished.attended(group.sessions().get(0), finished.parent(group.groupId(), silent), "PRESENT");
        finished.over(group);
        invitations.inviteDue();
        assertThat(evaluations.submit(finished.token(answers.getEmail()), EvaluationFormTest.valid())).isTrue();

        clock.advance(Duration.ofDays(6));
        invitations.inviteDue();
        assertThat(finished.evaluationMails(silent.getEmail())).as("no reminder within the week").hasSize(1);
        clock.advance(Duration.ofDays(2));
        runConcurrently(2);
        invitations.inviteDue();
        clock.advance(Duration.ofDays(10));
        invitations.inviteDue();

        assertThat(finished.evaluationMails(silent.getEmail())).containsExactly(
                "Hoe was de groep? Uw mening in twee minuten", "Nog even: hoe was de groep?");
        assertThat(finished.evaluationMails(answers.getEmail())).hasSize(1);
        assertThat(evaluations.open(finished.token(silent.getEmail()))).as("the reminder's link works").isPresent();
    }

    @Test
    void a_closed_group_asks_its_parents_too_but_a_walk_in_group_has_no_one_to_ask() throws Exception {
        var group = finished.plan();
        SignupForm parent = finished.form("Gesloten", "nl");
        long id = finished.parent(group.groupId(), parent);
        clock.advance(Duration.between(clock.instant(), group.sessions().get(0).end().toInstant().plusSeconds(60)));
        finished.attended(group.sessions().get(0), id, "PRESENT");
        as(group.facilitator(), () -> groups.close(group.groupId()));
        invitations.inviteDue();
        assertThat(finished.evaluationMails(parent.getEmail())).hasSize(1);
    }

    private void runConcurrently(int instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        var start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            Callable<Integer> run = () -> {
                start.await();
                return invitations.inviteDue();
            };
            runs.add(pool.submit(run));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        pool.shutdown();
    }
}
