package nl.groepskracht.signup;

import java.util.Set;

/**
 * A parent's "ik kan deze keer niet" for one session, kept by the attendance module (which builds
 * on this one) as "afgemeld", so the facilitator sees it before the session.
 */
public interface SessionExcuses {

    Set<Long> excusedSessions(long registrationId);

    /** The registrations excused for this session (no reminder for them). */
    Set<Long> excusedRegistrations(long sessionId);

    void excuse(long registrationId, long sessionId);
}
