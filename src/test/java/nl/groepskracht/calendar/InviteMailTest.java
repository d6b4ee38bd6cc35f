package nl.groepskracht.calendar;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.OutboxDispatcher;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.Accounts;
import nl.groepskracht.support.CalendarClients;
import nl.groepskracht.support.Fixtures;
import nl.groepskracht.support.Mails;
import nl.groepskracht.support.Mails.CalendarPart;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What facilitators' calendars receive over a real SMTP server (GreenMail): one message per change,
 * each carrying the group's sessions as ONE recurring event that ical4j validates and biweekly (a
 * second, independent parser) expands to exactly the planned sessions.
 */
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
    Accounts accounts;
    @Autowired
    nl.groepskracht.security.UserService users;

    Professional fatima;
    Professional sanne;
    long groupId;
    String groupName;
    LocalDate firstMonday = Fixtures.today().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);

    @BeforeEach
    void group() {
        dispatcher.dispatchDue(); // mails other tests left in the shared database
        fatima = accounts.create("Fatima", Role.FACILITATOR);
        sanne = accounts.create("Sanne", Role.FACILITATOR);
        var draft = Fixtures.group(directory, "echtscheiding", Set.of(sanne.id()));
        groupName = draft.getName();
        groupId = as(fatima, () -> groups.create(draft));
    }

    @Test
    void a_series_is_one_message_per_facilitator_with_one_recurring_event_calendars_accept() throws Exception {
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 3)));
        dispatcher.dispatchDue();

        for (Professional facilitator : List.of(fatima, sanne)) {
            List<MimeMessage> mails = Mails.to(smtp.getReceivedMessages(), facilitator.email());
            assertThat(mails).hasSize(1);
            List<CalendarPart> parts = Mails.calendarParts(mails.getFirst());
            assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.contentType()).contains("method=REQUEST"));
            assertThat(parts).extracting(CalendarPart::fileName).contains("invite.ics");
            String ics = parts.getFirst().ics();
            assertThat(parts.get(1).ics()).isEqualTo(ics);
            assertInvite(ics, "REQUEST", facilitator.email());
            assertThat(Mails.property(Mails.event(ics), "RRULE")).startsWith("FREQ=WEEKLY;UNTIL=");
            assertThat(Mails.property(ics, "SUMMARY")).as("a facilitator's calendar names the group")
                    .isEqualTo(groupName);
            assertThat(CalendarClients.occurrences(ics)).isEqualTo(startsOfPlannedSessions());
            assertThat(mails.getFirst().getSubject()).contains(groupName);
        }
    }

    @Test
    void a_moved_and_a_cancelled_session_are_one_message_each_with_the_same_uid_and_a_higher_sequence()
            throws Exception {
        List<Long> ids = as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 3)));
        dispatcher.dispatchDue();
        as(fatima, () -> schedule.update(ids.get(1), Fixtures.session(firstMonday.plusWeeks(1), LocalTime.of(19, 30),
                LocalTime.of(21, 0))));
        dispatcher.dispatchDue();
        as(fatima, () -> schedule.cancel(ids.get(2), "Begeleider ziek"));
        dispatcher.dispatchDue();

        List<MimeMessage> toSanne = Mails.to(smtp.getReceivedMessages(), sanne.email());
        assertThat(toSanne).hasSize(3);
        String planned = ics(toSanne.get(0));
        String moved = ics(toSanne.get(1));
        String cancelled = ics(toSanne.get(2));
        assertThat(List.of(moved, cancelled)).allSatisfy(ics -> {
            assertThat(Mails.property(ics, "UID")).isEqualTo(Mails.property(planned, "UID"));
            assertInvite(ics, "REQUEST", sanne.email());
        });
        assertThat(Integer.parseInt(Mails.property(moved, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(Mails.property(planned, "SEQUENCE")));
        assertThat(Integer.parseInt(Mails.property(cancelled, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(Mails.property(moved, "SEQUENCE")));
        String day = firstMonday.plusWeeks(1).toString().replace("-", "");
        assertThat(moved).contains("RECURRENCE-ID;TZID=Europe/Amsterdam:" + day + "T190000",
                "DTSTART;TZID=Europe/Amsterdam:" + day + "T193000");
        assertThat(CalendarClients.occurrences(moved)).hasSize(3).contains(at(firstMonday.plusWeeks(1), 19, 30));
        assertThat(CalendarClients.occurrences(cancelled)).as("the cancelled session is gone, the others stay")
                .containsExactly(at(firstMonday, 19, 0), at(firstMonday.plusWeeks(1), 19, 30));
        assertThat(toSanne.get(1).getSubject()).startsWith("Gewijzigd");
        assertThat(toSanne.get(2).getSubject()).startsWith("Gaat niet door");
        assertThat(Mails.text(toSanne.get(2))).contains("Begeleider ziek", "De andere bijeenkomsten gaan gewoon door");
    }

    @Test
    void cancelling_the_last_planned_session_takes_the_whole_event_out_of_the_calendar() throws Exception {
        long only = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(firstMonday, LocalTime.of(10, 0),
                LocalTime.of(11, 0))));
        as(fatima, () -> schedule.cancel(only, null));
        dispatcher.dispatchDue();

        List<MimeMessage> toFatima = Mails.to(smtp.getReceivedMessages(), fatima.email());
        assertThat(toFatima).hasSize(2);
        CalendarPart cancel = Mails.calendarParts(toFatima.get(1)).getFirst();
        assertThat(cancel.contentType()).contains("method=CANCEL");
        assertInvite(cancel.ics(), "CANCEL", fatima.email());
        assertThat(Mails.property(cancel.ics(), "STATUS")).isEqualTo("CANCELLED");
    }

    @Test
    void saving_a_session_without_a_visible_change_sends_nothing() throws Exception {
        long id = as(fatima, () -> schedule.addSession(groupId, Fixtures.session(firstMonday, LocalTime.of(10, 0),
                LocalTime.of(11, 0))));
        dispatcher.dispatchDue();
        var same = Fixtures.session(firstMonday, LocalTime.of(10, 0), LocalTime.of(11, 0));
        same.setTopic("Omgaan met boosheid");
        as(fatima, () -> schedule.update(id, same));
        dispatcher.dispatchDue();

        assertThat(Mails.to(smtp.getReceivedMessages(), fatima.email())).hasSize(1);
        assertThat(schedule.session(id).topic()).isEqualTo("Omgaan met boosheid");
        assertThat(schedule.session(id).sequence()).isZero();
    }

    @Test
    void a_new_co_facilitator_gets_one_invite_and_one_who_leaves_one_cancellation() throws Exception {
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 2)));
        dispatcher.dispatchDue();
        Professional jan = accounts.create("Jan", Role.FACILITATOR);
        var change = as(fatima, () -> groups.get(groupId)).toDraft();
        change.setFacilitatorIds(Set.of(fatima.id(), jan.id()));
        as(fatima, () -> groups.update(groupId, change));
        dispatcher.dispatchDue();

        List<MimeMessage> toJan = Mails.to(smtp.getReceivedMessages(), jan.email());
        List<MimeMessage> toSanne = Mails.to(smtp.getReceivedMessages(), sanne.email());
        assertThat(toJan).hasSize(1);
        assertThat(Mails.calendarParts(toJan.getFirst()).getFirst().contentType()).contains("method=REQUEST");
        assertThat(CalendarClients.occurrences(ics(toJan.getFirst()))).hasSize(2);
        assertThat(toSanne).hasSize(2);
        assertThat(Mails.calendarParts(toSanne.get(1)).getFirst().contentType()).contains("method=CANCEL");
        assertThat(Mails.to(smtp.getReceivedMessages(), fatima.email())).as("nothing changed for Fatima").hasSize(1);
    }

    @Test
    void a_deactivated_facilitator_is_no_longer_invited() throws Exception {
        nl.groepskracht.support.WithRole.as(nl.groepskracht.base.Roles.ADMIN, () -> users.setActive(sanne.id(), false));
        as(fatima, () -> schedule.addSeries(groupId, Fixtures.weekly(firstMonday, 2)));
        dispatcher.dispatchDue();
        assertThat(Mails.to(smtp.getReceivedMessages(), sanne.email())).isEmpty();
        assertThat(Mails.to(smtp.getReceivedMessages(), fatima.email())).hasSize(1);
    }

    @Test
    void two_sessions_of_one_group_on_one_day_are_refused() {
        as(fatima, () -> schedule.addSession(groupId, Fixtures.session(firstMonday, LocalTime.of(10, 0),
                LocalTime.of(11, 0))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> as(fatima, () -> schedule.addSession(groupId,
                Fixtures.session(firstMonday, LocalTime.of(14, 0), LocalTime.of(15, 0)))))
                .isInstanceOfSatisfying(nl.groepskracht.base.FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("session.same-day"));
    }

    private List<Instant> startsOfPlannedSessions() {
        return as(fatima, () -> schedule.sessions(groupId)).stream().filter(s -> !s.isCancelled())
                .map(SessionInfo::start).map(s -> s.toInstant()).toList();
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(AppZone.ID).toInstant();
    }

    private static String ics(MimeMessage message) {
        return Mails.calendarParts(message).getFirst().ics();
    }

    static void assertInvite(String ics, String method, String attendee) {
        CalendarClients.assertValid(ics);
        assertThat(Mails.property(ics, "METHOD")).isEqualTo(method);
        assertThat(Mails.property(ics, "TZID")).isEqualTo("Europe/Amsterdam");
        assertThat(Mails.line(Mails.event(ics), "DTSTART")).startsWith("DTSTART;TZID=Europe/Amsterdam:");
        assertThat(Mails.property(ics, "ORGANIZER")).isEqualTo("mailto:noreply@groepskracht.local");
        assertThat(Mails.property(ics, "ATTENDEE")).isEqualTo(IcsParts.mailto(attendee).toString());
        assertThat(Mails.property(ics, "UID")).as("a random UID: the group's id would lead to its public page")
                .matches("[A-Za-z0-9_-]{43}@groepskracht.local");
        assertThat(Mails.property(ics, "DTSTAMP")).endsWith("Z");
        assertThat(ics.toLowerCase()).doesNotContain("echtscheiding", "overgewicht", "schoolverzuim");
    }
}
