package nl.groepskracht.group;

/**
 * DRAFT → OPEN (sign-up) → RUNNING → CLOSED; a closed group keeps its history. FINISHED ("Afgelopen")
 * is never stored: an open or running group reads so, from the clock, as soon as its last planned
 * session has ended — it takes no sign-ups, leaves the offer and no longer counts as running. Planning
 * a new session brings it back.
 */
public enum GroupStatus {
    DRAFT, OPEN, RUNNING, FINISHED, CLOSED;

    /** The status as people read it at {@code now}: FINISHED for an open or running group whose last session ended. */
    static GroupStatus at(GroupStatus stored, java.time.Instant lastSessionEnd, java.time.Instant now) {
        boolean going = stored == OPEN || stored == RUNNING;
        return going && lastSessionEnd != null && !lastSessionEnd.isAfter(now) ? FINISHED : stored;
    }
}
