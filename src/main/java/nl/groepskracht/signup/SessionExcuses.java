package nl.groepskracht.signup;

import java.util.Map;
import java.util.Set;

/**
 * A parent's "ik kan deze keer niet" for one session, kept by the attendance module (which builds
 * on this one) as "afgemeld", so the facilitator sees it before the session. A facilitator may mark a
 * parent "afgemeld" too (the parent called); only the parent's own excuse can be taken back by the parent.
 */
public interface SessionExcuses {

    /** The sessions this sign-up is excused for: true when the parent said so, false when a facilitator did. */
    Map<Long, Boolean> excusedSessions(long registrationId);

    /** The registrations excused for this session (no reminder for them). */
    Set<Long> excusedRegistrations(long sessionId);

    void excuse(long registrationId, long sessionId);

    /** "Ik kom toch": the parent's own excuse is taken back; false when there was none (or a facilitator's). */
    boolean withdraw(long registrationId, long sessionId);
}
