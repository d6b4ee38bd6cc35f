package nl.groepskracht.signup;

import java.time.ZonedDateTime;

/**
 * A coming session of a parent's group, and whether they are "afgemeld" for it — by themselves ("ik kan
 * deze keer niet", which they can take back until it starts) or by a facilitator.
 */
public record ComingSession(long sessionId, ZonedDateTime start, ZonedDateTime end, boolean excused,
        boolean excusedByParent) {
}
