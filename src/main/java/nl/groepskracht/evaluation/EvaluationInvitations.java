package nl.groepskracht.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import nl.groepskracht.attendance.Attendees;
import nl.groepskracht.base.db.Conflicts;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.mail.MailOutbox;
import nl.groepskracht.signup.ParentContacts;
import nl.groepskracht.signup.ParentContacts.ParentContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a group is over, every parent who still has a place and came at least once gets one e-mail
 * with a personal link to the evaluation, and one reminder after {@code remind-after} if they did not
 * answer; nothing after that. Each mail is claimed and written to the outbox in one short transaction
 * of its own (exactly once, across restarts and portal instances).
 *
 * <p>The scheduled methods open their transactions themselves (nothing {@code @Transactional} on
 * {@code this} to be bypassed); the scheduler and the tests call the very same methods.
 */
@Component
public class EvaluationInvitations {

    private static final Logger log = LoggerFactory.getLogger(EvaluationInvitations.class);
    private final DueGroups due;
    private final Invitations invitations;
    private final ParentContacts contacts;
    private final Attendees attendees;
    private final GroupService groups;
    private final EvaluationMails mails;
    private final MailOutbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final EvaluationPolicy policy;

    EvaluationInvitations(DueGroups due, Invitations invitations, ParentContacts contacts, Attendees attendees,
            GroupService groups, EvaluationMails mails, MailOutbox outbox, PlatformTransactionManager transactions,
            Clock clock, EvaluationPolicy policy) {
        this.due = due;
        this.invitations = invitations;
        this.contacts = contacts;
        this.attendees = attendees;
        this.groups = groups;
        this.mails = mails;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.policy = policy;
    }

    /** Invites the parents of groups that are over; returns how many e-mails were written. */
    @Scheduled(fixedDelayString = "${groepskracht.evaluation.interval:15m}",
            initialDelayString = "${groepskracht.evaluation.initial-delay:5m}")
    public int inviteDue() {
        Instant now = clock.instant();
        int written = 0;
        for (long groupId : due.overBetween(now.minus(policy.inviteWithin()), now)) {
            try {
                written += inviteGroup(groupId, now);
            } catch (RuntimeException e) {
                // one group that cannot be read stops neither the other groups nor the reminders
                log.error("The parents of group {} could not be invited to the evaluation; the next run tries again",
                        groupId, e);
            }
        }
        return written + remindDue(now);
    }

    private int inviteGroup(long groupId, Instant now) {
        Set<Long> came = attendees.presentAtLeastOnce(groupId);
        String groupName = groups.ref(groupId).name();
        int written = 0;
        for (ParentContact parent : contacts.withPlace(groupId)) {
            if (came.contains(parent.registrationId()) && write(() -> invite(parent, groupName, now))) {
                written++;
            }
        }
        return written;
    }

    private int remindDue(Instant now) {
        int written = 0;
        for (Invitations.Invitation open : invitations.toRemind(now.minus(policy.remindAfter()),
                now.minus(policy.answerWithin()))) {
            if (write(() -> remind(open))) {
                written++;
            }
        }
        return written;
    }

    /** Removes links that can no longer be used (answered, or past their time). */
    @Scheduled(fixedDelayString = "${groepskracht.evaluation.purge-interval:6h}",
            initialDelayString = "${groepskracht.evaluation.purge-initial-delay:20m}")
    public int purgeLinks() {
        Integer purged = transaction.execute(status -> invitations.purgeLinks(clock.instant()
                .minus(policy.answerWithin())));
        return purged == null ? 0 : purged;
    }

    private boolean invite(ParentContact parent, String groupName, Instant now) {
        Optional<Invitations.Invitation> claimed = invitations.claim(parent.groupId(), parent.registrationId(), now);
        claimed.ifPresent(invitation -> outbox.enqueue(mails.invitation(parent, groupName,
                invitations.newLink(invitation), policy.answerWithinDays())));
        return claimed.isPresent();
    }

    /** The reminder moment is handled for everyone alike; a mail goes only to a parent who can still answer. */
    private boolean remind(Invitations.Invitation open) {
        if (!invitations.claimReminder(open.id()) || !invitations.stillOpen(open)) {
            return false;
        }
        // a parent who signed off or deleted their data since the invitation is not written to again
        Optional<ParentContact> parent = contacts.withPlace(open.groupId(), open.registrationId());
        parent.ifPresent(p -> outbox.enqueue(mails.reminder(p, groups.ref(open.groupId()).name(),
                invitations.newLink(open), policy.answerWithinDays())));
        return parent.isPresent();
    }

    private boolean write(java.util.function.Supplier<Boolean> step) {
        try {
            return Boolean.TRUE.equals(Conflicts.retry(() -> transaction.execute(status -> step.get())));
        } catch (RuntimeException e) {
            log.error("An evaluation e-mail could not be written; the next run tries again", e);
            return false;
        }
    }
}
