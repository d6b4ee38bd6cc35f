package nl.groepskracht.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.groepskracht.base.EmailAddresses;
import nl.groepskracht.base.db.Conflicts;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.group.GroupStatus;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.schedule.ScheduleService;
import nl.groepskracht.schedule.SessionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reminder per person per session, a configurable time before it starts; a session moved after
 * its reminder went out gets one for its new time. Each reminder is claimed in {@code reminder_claim}
 * (its primary key refuses a second claim) and its mail written to the outbox in one short
 * transaction of its own: exactly once, across restarts and portal instances.
 *
 * <p>The scheduled method opens its transactions itself (no {@code @Transactional} to be bypassed by a
 * call on {@code this}); the scheduler and the tests call the very same method.
 */
@Component
public class SessionReminders {

    private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);
    private final ScheduleService schedule;
    private final GroupService groups;
    private final SessionInvitees invitees;
    private final InviteMails mails;
    private final MailOutbox outbox;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration before;

    SessionReminders(ScheduleService schedule, GroupService groups, SessionInvitees invitees, InviteMails mails,
            MailOutbox outbox, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${groepskracht.reminders.before:24h}") Duration before) {
        this.schedule = schedule;
        this.groups = groups;
        this.invitees = invitees;
        this.mails = mails;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.before = before;
    }

    /** Writes the reminders that are due to the outbox; returns how many. */
    @Scheduled(fixedDelayString = "${groepskracht.reminders.interval:5m}",
            initialDelayString = "${groepskracht.reminders.initial-delay:1m}")
    public int sendDue() {
        Instant now = clock.instant();
        int written = 0;
        for (SessionInfo session : schedule.plannedBetween(now, now.plus(before))) {
            if (groups.ref(session.groupId()).status() == GroupStatus.CLOSED) {
                continue;
            }
            for (Invitee invitee : invitees.remindees(session.groupId(), session.id())) {
                try {
                    if (Boolean.TRUE.equals(Conflicts.retry(() -> transaction.execute(
                            status -> claimAndWrite(session, invitee, now))))) {
                        written++;
                    }
                } catch (RuntimeException e) {
                    log.error("The reminder for session {} to one invitee could not be written", session.id(), e);
                }
            }
        }
        // a journey counts these lines to know the job ran again after its reminders went out
        log.debug("Reminder round done: {} written", written);
        return written;
    }

    /** Old claims are only needed until their session has passed; they are removed a day later. */
    @Scheduled(fixedDelayString = "${groepskracht.reminders.purge-interval:6h}",
            initialDelayString = "${groepskracht.reminders.purge-initial-delay:10m}")
    public int purgeOldClaims() {
        return jdbc.update("DELETE FROM reminder_claim WHERE starts_at < ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
    }

    /** Someone asked to be forgotten: the trace of their reminders goes too. */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    @nl.groepskracht.base.AccessRule("no person: a parent's data deletion (signup), inside its transaction")
    public void forgetRecipient(String address) {
        jdbc.update("DELETE FROM reminder_claim WHERE recipient_hash = ?", EmailAddresses.hash(address));
    }

    private boolean claimAndWrite(SessionInfo session, Invitee invitee, Instant now) {
        int claimed = jdbc.update("""
                INSERT IGNORE INTO reminder_claim (session_id, recipient_hash, starts_at, claimed_at)
                VALUES (?, ?, ?, ?)""", session.id(), EmailAddresses.hash(invitee.email()),
                java.sql.Timestamp.from(session.start().toInstant()), java.sql.Timestamp.from(now));
        if (claimed == 1) {
            outbox.enqueue(mails.reminder(session, invitee));
        }
        return claimed == 1;
    }
}
