package nl.groepskracht.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One reminder per person per session, a configurable time before it starts. Each reminder is
 * first claimed in {@code reminder_sent} (its primary key refuses a second claim), and its mail
 * written to the outbox in the same transaction: exactly once, across restarts and instances.
 */
@Component
public class SessionReminders {

    private final ScheduleService schedule;
    private final SessionInvitees invitees;
    private final InviteMails mails;
    private final MailOutbox outbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration before;

    SessionReminders(ScheduleService schedule, SessionInvitees invitees, InviteMails mails, MailOutbox outbox,
            JdbcTemplate jdbc, Clock clock, @Value("${groepskracht.reminders.before:24h}") Duration before) {
        this.schedule = schedule;
        this.invitees = invitees;
        this.mails = mails;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
        this.before = before;
    }

    @Scheduled(fixedDelayString = "${groepskracht.reminders.interval:5m}",
            initialDelayString = "${groepskracht.reminders.initial-delay:1m}")
    void onSchedule() {
        sendDue();
    }

    /** Writes the reminders that are due to the outbox; returns how many. */
    @Transactional
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (SessionInfo session : schedule.plannedBetween(now, now.plus(before))) {
            for (Invitee invitee : invitees.of(session.groupId())) {
                if (claim(session.id(), invitee.email(), now)) {
                    outbox.enqueue(mails.reminder(session, invitee));
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean claim(long sessionId, String recipient, Instant now) {
        return jdbc.update("INSERT IGNORE INTO reminder_sent (session_id, recipient, sent_at) VALUES (?, ?, ?)",
                sessionId, recipient, java.sql.Timestamp.from(now)) == 1;
    }
}
