package nl.groepskracht.attendance;

/** Who came to a walk-in session: adults, children, and how many adults came for the first time. */
public record HeadCount(Integer adults, Integer children, Integer firstTimers) {

    static final int MAX = 200;
}
