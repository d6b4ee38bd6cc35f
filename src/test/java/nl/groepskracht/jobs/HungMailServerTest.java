package nl.groepskracht.jobs;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.schedule.DemoGroups;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.signup.SignupService;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Parents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The background jobs as the running portal schedules them (nobody calls them here; the schedules are on in
 * this context only), while the
 * mail server accepts connections and then never answers: reminders and expiry still run on their
 * own scheduler threads while the dispatcher waits (its timeout is longer than the test), and no job
 * logs an error.
 */
@SpringBootTest(properties = {"groepskracht.jobs.enabled=true", "spring.mail.host=127.0.0.1",
        "groepskracht.mail.timeout-millis=60000",
        "groepskracht.mail.dispatch-initial-delay=100ms", "groepskracht.mail.dispatch-interval=200ms",
        "groepskracht.reminders.initial-delay=300ms", "groepskracht.reminders.interval=300ms",
        "groepskracht.signup.expiry-initial-delay=300ms", "groepskracht.signup.expiry-interval=300ms",
        "groepskracht.mail.retention-initial-delay=300ms", "groepskracht.mail.retention-interval=300ms"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class HungMailServerTest {

    private static final List<Socket> held = new ArrayList<>();
    private static final ServerSocket hung = listen();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", hung::getLocalPort);
    }

    @Autowired
    SignupService signups;
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
    @Autowired
    Clock clock;

    @Test
    void reminders_and_expiry_run_while_the_mail_server_hangs_and_no_job_logs_an_error(CapturedOutput log)
            throws Exception {
        Professional fatima = accounts.create("Fatima", Role.FACILITATOR);
        long groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "spelinloop", Set.of())));
        LocalDateTime[] soon = DemoGroups.soonAtAnyHour(LocalDateTime.now(clock));
        long sessionId = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(soon[0].toLocalDate(),
                soon[0].toLocalTime(), soon[1].toLocalTime())));
        as(fatima, () -> groups.open(groupId));
        var late = Parents.form("Laat");
        signups.signUp(groupId, late);
        jdbc.update("update registration set created_at = created_at - interval 3 day where group_id = ?", groupId);

        long deadline = System.currentTimeMillis() + 20_000;
        boolean reminded = false;
        boolean expired = false;
        while (System.currentTimeMillis() < deadline && !(reminded && expired)) {
            reminded = jdbc.queryForObject("select count(*) from reminder_claim where session_id = ?", Integer.class,
                    sessionId) > 0;
            expired = "CANCELLED".equals(jdbc.queryForObject("select status from registration where group_id = ?",
                    String.class, groupId));
            Thread.sleep(200);
        }
        assertThat(reminded).as("the reminder job ran although the mail server hangs").isTrue();
        assertThat(expired).as("the expiry job ran although the mail server hangs").isTrue();
        assertThat(held).as("the dispatcher did try the hung server").isNotEmpty();
        assertThat(log.getOut() + log.getErr()).doesNotContain(" ERROR ");
    }

    @AfterAll
    static void release() throws IOException {
        hung.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    /** Accepts every connection and never says a word (an SMTP server that hangs). */
    private static ServerSocket listen() {
        try {
            var server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        synchronized (held) {
                            held.add(socket);
                        }
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
