package nl.groepskracht.evaluation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The evaluation's timing: whom to ask after a group is over, when to remind, how long a link works. */
@Component
class EvaluationPolicy {

    /** Fewer answers than this show nothing but "nog te weinig antwoorden" (the "&lt; 5" rule). */
    static final int MIN_ANSWERS = nl.groepskracht.monitoring.Figure.MIN_FAMILIES;

    private final Duration inviteWithin;
    private final Duration remindAfter;
    private final Duration answerWithin;

    EvaluationPolicy(@Value("${groepskracht.evaluation.invite-within:14d}") Duration inviteWithin,
            @Value("${groepskracht.evaluation.remind-after:7d}") Duration remindAfter,
            @Value("${groepskracht.evaluation.answer-within:28d}") Duration answerWithin) {
        this.inviteWithin = inviteWithin;
        this.remindAfter = remindAfter;
        this.answerWithin = answerWithin;
    }

    Duration inviteWithin() {
        return inviteWithin;
    }

    Duration remindAfter() {
        return remindAfter;
    }

    Duration answerWithin() {
        return answerWithin;
    }

    int answerWithinDays() {
        return (int) answerWithin.toDays();
    }
}
