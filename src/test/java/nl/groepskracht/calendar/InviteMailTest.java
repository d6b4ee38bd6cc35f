package nl.groepskracht.calendar;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import nl.groepskracht.base.Roles;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailStatus;
import nl.groepskracht.mail.OutboxAdmin;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.mail.OutboxEntry;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.Mails.CalendarPart;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Invites over a real SMTP server (GreenMail): what calendar clients receive, and that none is lost or doubled. */
@SmtpAndClockTest
class InviteMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @Autowired
    GroupService groups;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DirectoryService directory;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxAdmin outbox;
    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    nl.groepskracht.mail.OutboxRetention retention;

    Professional fatima;
    Professional sanne;
    long groupId;
    LocalDate firstMonday = Fixtures.today().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);

    @BeforeEach
    void group() {
        dispatcher.dispatchDue(); // mails other tests left in the shared database
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        sanne = accounts.create("Sanne", Role.FACILITATOR);
        groupId = as(fatima, () -> groups.create(Fixtures.group(directory, "echtscheiding", Set.of(sanne.id()))));
    }

    @Test
    void a_series_sends_one_request_per_session_to_each_facilitator_that_calendars_accept() throws Exception {
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 3)));
        dispatcher.dispatchDue();

        for (Professional facilitator : List.of(fatima, sanne)) {
            List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), facilitator.email());
            assertThat(mails).hasSize(3);
            for (MimeMessage mail : mails) {
                List<CalendarPart> parts = Mails.calendarParts(mail);
                assertThat(parts).hasSize(2);
                assertThat(parts).allSatisfy(p -> assertThat(p.contentType()).contains("method=REQUEST"));
                assertThat(parts).extracting(CalendarPart::fileName).contains("invite.ics");
                String ics = parts.getFirst().ics();
                assertThat(parts.get(1).ics()).isEqualTo(ics);
                assertValidInvite(ics, "REQUEST", facilitator.email());
                assertThat(mail.getSubject()).doesNotContainIgnoringCase("echtscheiding");
            }
        }
        assertThat(Mails.to(smtp.getReceivedMessages(), fatima.email())).extracting(m -> uid(m)).doesNotHaveDuplicates();
    }

    @Test
    void a_change_sends_the_same_uid_with_a_higher_sequence_and_a_cancellation_sends_cancel() throws Exception {
        long id = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(firstMonday, LocalTime.of(19, 0),
                LocalTime.of(20, 30))));
        dispatcher.dispatchDue();
        as(fatima, () -> schedule.update(id, Fixtures.session(firstMonday, LocalTime.of(19, 30), LocalTime.of(21, 0))));
        dispatcher.dispatchDue();
        as(fatima, () -> schedule.cancel(id, "Begeleider ziek"));
        dispatcher.dispatchDue();

        List<MimeMessage> toSanne = Mails.to(smtp.getReceivedMessages(), sanne.email());
        assertThat(toSanne).hasSize(3);
        String first = Mails.calendarParts(toSanne.get(0)).getFirst().ics();
        String changed = Mails.calendarParts(toSanne.get(1)).getFirst().ics();
        CalendarPart cancelled = Mails.calendarParts(toSanne.get(2)).getFirst();
        assertThat(Mails.property(changed, "UID")).isEqualTo(Mails.property(first, "UID"));
        assertThat(Mails.property(first, "SEQUENCE")).isEqualTo("0");
        assertThat(Mails.property(changed, "SEQUENCE")).isEqualTo("1");
        assertThat(Mails.line(Mails.event(changed), "DTSTART")).isEqualTo("DTSTART;TZID=Europe/Amsterdam:"
                + firstMonday.toString().replace("-", "") + "T193000");
        assertThat(cancelled.contentType()).contains("method=CANCEL");
        assertThat(Mails.property(cancelled.ics(), "UID")).isEqualTo(Mails.property(first, "UID"));
        assertThat(Mails.property(cancelled.ics(), "SEQUENCE")).isEqualTo("2");
        assertThat(Mails.property(cancelled.ics(), "STATUS")).isEqualTo("CANCELLED");
        assertValidInvite(cancelled.ics(), "CANCEL", sanne.email());
        assertThat(toSanne.get(2).getSubject()).startsWith("Afgezegd");
    }

    @Test
    void nothing_is_lost_while_smtp_is_down_and_every_mail_arrives_once_when_it_is_back() throws Exception {
        smtp.stop();
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 2)));
        assertThat(dispatcher.dispatchDue()).isZero();
        List<OutboxEntry> waiting = entriesTo(fatima);
        assertThat(waiting).hasSize(2).allSatisfy(mail -> {
            assertThat(mail.status()).isEqualTo(MailStatus.PENDING);
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.lastError()).isNotBlank();
        });

        smtp.start();
        assertThat(dispatcher.dispatchDue()).as("not before the back-off has passed").isZero();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(Mails.to(smtp.getReceivedMessages(), fatima.email())).hasSize(2);
        assertThat(Mails.to(smtp.getReceivedMessages(), sanne.email())).hasSize(2);
        assertThat(entriesTo(fatima)).allSatisfy(mail -> assertThat(mail.status()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void two_dispatchers_on_one_database_never_send_a_mail_twice() throws Exception {
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 12)));
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
            int sent = runs.get(0).get() + runs.get(1).get();
            assertThat(sent).isEqualTo(24);
        } finally {
            pool.shutdown();
        }
        List<MimeMessage> received = new java.util.ArrayList<>(Mails.to(smtp.getReceivedMessages(), fatima.email()));
        received.addAll(Mails.to(smtp.getReceivedMessages(), sanne.email()));
        assertThat(received).hasSize(24);
        assertThat(received).extracting(m -> Mails.recipientOf(m) + uid(m)).doesNotHaveDuplicates();
    }

    @Test
    void a_new_co_facilitator_gets_the_coming_sessions_and_one_who_leaves_gets_them_cancelled() throws Exception {
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 2)));
        dispatcher.dispatchDue();
        Professional jan = accounts.create("Jan", Role.FACILITATOR);
        var change = as(fatima, () -> groups.get(groupId)).toDraft();
        change.setFacilitatorIds(Set.of(fatima.id(), jan.id()));
        as(fatima, () -> groups.update(groupId, change));
        dispatcher.dispatchDue();

        List<MimeMessage> toJan = Mails.to(smtp.getReceivedMessages(), jan.email());
        List<MimeMessage> toSanne = Mails.to(smtp.getReceivedMessages(), sanne.email());
        assertThat(toJan).hasSize(2).allSatisfy(m -> assertThat(Mails.calendarParts(m).getFirst().contentType())
                .contains("method=REQUEST"));
        assertThat(toSanne).hasSize(4);
        assertThat(toSanne.subList(2, 4)).allSatisfy(m -> assertThat(Mails.calendarParts(m).getFirst()
                .contentType()).contains("method=CANCEL"));
    }

    @Test
    void sent_mails_are_deleted_after_thirty_days_and_waiting_ones_are_kept() throws Exception {
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 1)));
        dispatcher.dispatchDue();
        smtp.stop();
        as(fatima, () -> schedule.addSession(groupId, Fixtures.session(firstMonday.plusDays(1),
                java.time.LocalTime.of(10, 0), java.time.LocalTime.of(11, 0))));
        dispatcher.dispatchDue();
        assertThat(entriesTo(fatima)).extracting(OutboxEntry::status)
                .containsExactlyInAnyOrder(MailStatus.SENT, MailStatus.PENDING);
        retention.purge();
        assertThat(entriesTo(fatima)).hasSize(2);

        clock.advance(Duration.ofDays(31));
        try {
            retention.purge();
            assertThat(entriesTo(fatima)).extracting(OutboxEntry::status).containsExactly(MailStatus.PENDING);
        } finally {
            clock.advance(Duration.ofDays(-31));
        }
    }

    private List<OutboxEntry> entriesTo(Professional who) {
        return WithRole.as(Roles.ADMIN, () -> outbox.list(Pageable.unpaged())).stream()
                .filter(e -> e.recipient().equals(who.email())).toList();
    }

    private static String uid(MimeMessage message) {
        return Mails.property(Mails.calendarParts(message).getFirst().ics(), "UID");
    }

    static void assertValidInvite(String ics, String method, String attendee) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate(true).hasErrors()).as(calendar.validate(true).toString()).isFalse();
        assertThat(Mails.property(ics, "METHOD")).isEqualTo(method);
        assertThat(Mails.property(ics, "TZID")).isEqualTo("Europe/Amsterdam");
        assertThat(Mails.line(Mails.event(ics), "DTSTART")).startsWith("DTSTART;TZID=Europe/Amsterdam:");
        assertThat(Mails.line(Mails.event(ics), "DTEND")).startsWith("DTEND;TZID=Europe/Amsterdam:");
        assertThat(Mails.property(ics, "ORGANIZER")).isEqualTo("mailto:noreply@groepskracht.local");
        assertThat(Mails.property(ics, "ATTENDEE")).isEqualTo("mailto:" + attendee);
        assertThat(Mails.property(ics, "UID")).matches("session-\\d+@groepskracht.local");
        assertThat(Mails.property(ics, "DTSTAMP")).endsWith("Z");
        assertThat(Mails.property(ics, "SUMMARY")).isEqualTo("Groepsbijeenkomst");
        assertThat(ics.toLowerCase()).doesNotContain("echtscheiding", "overgewicht", "schoolverzuim", "testgroep");
    }
}
