package nl.groepskracht.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.groepskracht.group.GroupService;
import nl.groepskracht.signup.ParentContacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parent's side: the form behind a personal link, and storing its answers. A link works once, for
 * {@code answer-within} after the invitation, and only while the parent still has their place (signing
 * off or deleting one's data ends it). The answers are stored with the group only; the invitation's
 * links are deleted, and nothing else about the parent changes.
 */
@Service
@nl.groepskracht.base.AccessRule("anyone holding a parent's secret evaluation link (the public form)")
public class EvaluationService {

    /** What the form shows: the group's name. */
    public record OpenEvaluation(String groupName) {
    }

    private final Invitations invitations;
    private final ParentContacts contacts;
    private final GroupService groups;
    private final JdbcTemplate jdbc;
    private final EvaluationPolicy policy;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private final Clock clock;

    EvaluationService(Invitations invitations, ParentContacts contacts, GroupService groups, JdbcTemplate jdbc,
            EvaluationPolicy policy, Clock clock) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.groups = groups;
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** The evaluation behind a link; empty for a wrong, used or expired link (the page stays neutral). */
    @Transactional(readOnly = true)
    public Optional<OpenEvaluation> open(String token) {
        return usable(token).map(invitation -> new OpenEvaluation(groups.ref(invitation.groupId()).name()));
    }

    /**
     * Stores the answers once; false when the link was wrong, used (also by a second click at the same
     * moment) or expired, and then nothing is stored. The form must have been validated.
     */
    @Transactional
    public boolean submit(String token, EvaluationForm form) {
        Optional<Invitations.Invitation> invitation = usable(token);
        if (invitation.isEmpty() || !invitations.useUp(invitation.get())) {
            return false;
        }
        long groupId = invitation.get().groupId();
        jdbc.update("INSERT INTO evaluation_answer (id, group_id, usefulness, goal_reached, support, recommend,"
                + " more_help, most_valuable, could_be_better) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", randomAnswerId(), groupId,
                form.score(Question.USEFULNESS), form.score(Question.GOAL_REACHED), form.score(Question.SUPPORT),
                form.score(Question.RECOMMEND), MoreHelp.valueOf(form.getMoreHelp()).name(),
                EvaluationForm.open(form.getMostValuable()), EvaluationForm.open(form.getCouldBeBetter()));
        return true;
    }

    /** A random id for an answer: the order of the answers says nothing about who answered first. */
    static long randomAnswerId() {
        return RANDOM.nextLong(1, Long.MAX_VALUE);
    }

    private Optional<Invitations.Invitation> usable(String token) {
        return invitations.byToken(token)
                .filter(i -> i.invitedAt().isAfter(validSince()))
                .filter(i -> contacts.withPlace(i.groupId(), i.registrationId()).isPresent());
    }

    private Instant validSince() {
        return clock.instant().minus(policy.answerWithin());
    }
}
