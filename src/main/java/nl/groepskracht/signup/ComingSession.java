package nl.groepskracht.signup;

import java.time.ZonedDateTime;

/** A coming session of a parent's group, and whether they said they cannot come. */
public record ComingSession(long sessionId, ZonedDateTime start, boolean excused) {
}
