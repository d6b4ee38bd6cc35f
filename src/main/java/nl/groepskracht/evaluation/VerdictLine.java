package nl.groepskracht.evaluation;

/** What parents said of one theme or one wijk in a period. */
public record VerdictLine(long id, String name, Verdict verdict) {
}
