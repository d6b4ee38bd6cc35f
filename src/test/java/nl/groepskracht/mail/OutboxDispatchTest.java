package nl.groepskracht.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.groepskracht.base.Roles;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail): nothing lost, nothing sent twice, errors without addresses. */
@SmtpAndClockTest
class OutboxDispatchTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxAdmin admin;
    @Autowired
    OutboxRetention retention;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.groepskracht.privacy.AuditLog audit;
    @Autowired
    PlatformTransactionManager transactions;

    String run;

    @BeforeEach
    void sendWhatOthersLeft() {
        dispatcher.dispatchDue();
        run = "r" + System.nanoTime();
    }

    @Test
    void nothing_is_lost_while_smtp_is_down_and_every_mail_arrives_once_when_it_is_back() {
        smtp.stop();
        List<String> to = write(3);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(entriesTo(to)).hasSize(3).allSatisfy(mail -> assertThat(mail.status()).isEqualTo(MailStatus.PENDING))
                .anySatisfy(mail -> assertThat(mail.lastError()).isNotBlank());

        smtp.start();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        for (String address : to) {
            assertThat(Mails.to(smtp.getReceivedMessages(), address)).hasSize(1);
        }
        assertThat(entriesTo(to)).allSatisfy(mail -> assertThat(mail.status()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void two_dispatchers_on_one_database_never_send_a_mail_twice() throws Exception {
        List<String> to = write(24);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        var start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(() -> {
                start.await();
                return dispatcher.dispatchDue();
            }), pool.submit(() -> {
                start.await();
                return dispatcher.dispatchDue();
            }));
            start.countDown();
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(24);
        } finally {
            pool.shutdown();
        }
        for (String address : to) {
            assertThat(Mails.to(smtp.getReceivedMessages(), address)).hasSize(1);
        }
    }

    @Test
    void a_failed_commit_after_the_server_accepted_a_mail_never_sends_it_again() {
        List<String> to = write(1);
        jdbc.execute("""
                CREATE TRIGGER refuse_sent BEFORE UPDATE ON outbox_mail FOR EACH ROW
                IF NEW.status = 'SENT' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'commit lost'; END IF""");
        try {
            assertThatThrownBy(dispatcher::dispatchDue).as("recording 'sent' fails like a lost commit")
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.execute("DROP TRIGGER refuse_sent");
        }
        assertThat(Mails.to(smtp.getReceivedMessages(), to.getFirst())).hasSize(1);

        dispatcher.dispatchDue();
        clock.advance(OutboxDispatcher.LEASE.plusMinutes(1));
        dispatcher.dispatchDue();
        assertThat(Mails.to(Mails.settled(smtp), to.getFirst())).as("never sent twice").hasSize(1);
        assertThat(entriesTo(to)).singleElement().satisfies(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.FAILED);
            assertThat(mail.lastError()).contains("Interrupted");
        });
    }

    @Test
    void a_refused_address_fails_only_its_own_mail_and_the_error_names_no_address() {
        String bad = "niet geldig." + run + "@@example.nl";
        transaction().executeWithoutResult(s -> outbox.enqueue(OutgoingMail.plain(bad, "Test", "Tekst", "<p>Tekst</p>")));
        List<String> good = write(1);
        dispatcher.dispatchDue();

        assertThat(Mails.to(smtp.getReceivedMessages(), good.getFirst())).hasSize(1);
        OutboxEntry refused = WithRole.as(Roles.ADMIN, () -> admin.list(new OutboxFilter(null, run + "@@"),
                Pageable.unpaged())).getContent().getFirst();
        assertThat(refused.status()).isEqualTo(MailStatus.PENDING);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).isNotBlank().doesNotContain(run).doesNotContain("@@example");
    }

    @Test
    void the_administrator_filters_by_status_and_recipient() {
        List<String> to = write(2);
        dispatcher.dispatchDue();
        write(1);
        var sent = WithRole.as(Roles.ADMIN, () -> admin.list(new OutboxFilter(MailStatus.SENT, run),
                Pageable.unpaged())).getContent();
        var waiting = WithRole.as(Roles.ADMIN, () -> admin.list(new OutboxFilter(MailStatus.PENDING, run),
                Pageable.unpaged())).getContent();
        assertThat(sent).hasSize(to.size()).extracting(OutboxEntry::recipient)
                .as("no address in the list, only its domain").containsOnly("\u2022\u2022\u2022@example.nl");
        assertThat(waiting).hasSize(1);
        var lines = WithRole.as(Roles.ADMIN, () -> audit.list(org.springframework.data.domain.PageRequest.of(0, 2,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"))));
        assertThat(lines.getContent()).first().satisfies(line -> {
            assertThat(line.action()).isEqualTo(nl.groepskracht.privacy.AuditAction.MAIL_LIST_SEARCHED);
            assertThat(line.detail()).isEqualTo("outbox mails " + waiting.getFirst().id());
        });
    }

    @Test
    void the_administrator_sees_a_mail_with_its_secret_links_masked_and_the_look_is_audited() {
        String token = "k".repeat(43);
        String address = "ouder." + run + "@example.nl";
        transaction().executeWithoutResult(s -> outbox.enqueue(OutgoingMail.plain(address, "Bevestig",
                "Bevestig: https://groepen.example/aanmelding/" + token, "<p>x</p>")));
        long id = WithRole.as(Roles.ADMIN, () -> admin.list(new OutboxFilter(null, run), Pageable.unpaged()))
                .getContent().getFirst().id();
        OutgoingMail shown = WithRole.as(Roles.ADMIN, () -> admin.content(id));
        assertThat(shown.text()).doesNotContain(token).contains("/aanmelding/\u2022\u2022\u2022");
        var lines = WithRole.as(Roles.ADMIN, () -> audit.list(org.springframework.data.domain.PageRequest.of(0, 5,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id"))));
        assertThat(lines.getContent()).anySatisfy(line -> {
            assertThat(line.action()).isEqualTo(nl.groepskracht.privacy.AuditAction.MAIL_CONTENT_VIEWED);
            assertThat(line.detail()).isEqualTo("outbox mail " + id);
            assertThat(line.actor()).isEqualTo("admin@test.example");
        });
    }

    @Test
    void sent_mails_are_deleted_after_thirty_days_and_waiting_ones_are_kept() {
        List<String> to = write(1);
        dispatcher.dispatchDue();
        smtp.stop();
        to = new ArrayList<>(to);
        to.addAll(write(1));
        dispatcher.dispatchDue();
        smtp.start();
        assertThat(entriesTo(to)).extracting(OutboxEntry::status)
                .containsExactlyInAnyOrder(MailStatus.SENT, MailStatus.PENDING);
        retention.purge();
        assertThat(entriesTo(to)).hasSize(2);

        clock.advance(Duration.ofDays(31));
        try {
            retention.purge();
            assertThat(entriesTo(to)).extracting(OutboxEntry::status).containsExactly(MailStatus.PENDING);
        } finally {
            clock.advance(Duration.ofDays(-31));
            dispatcher.dispatchDue();
        }
    }

    /** Writes mails to new addresses of this run, as a change in the portal would. */
    private List<String> write(int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add("ontvanger" + i + "." + run + "." + System.nanoTime() + "@example.nl");
        }
        transaction().executeWithoutResult(s -> addresses.forEach(address -> outbox.enqueue(
                OutgoingMail.plain(address, "Bericht", "Tekst", "<p>Tekst</p>"))));
        return addresses;
    }

    /** The lines of the mails to these addresses (the list shows no address: each is searched for). */
    private List<OutboxEntry> entriesTo(List<String> addresses) {
        return addresses.stream().flatMap(address -> WithRole.as(Roles.ADMIN, () -> admin.list(
                new OutboxFilter(null, address), Pageable.unpaged())).stream()).toList();
    }

    private TransactionTemplate transaction() {
        return new TransactionTemplate(transactions);
    }
}
