package nl.groepskracht.evaluation;

/** A group in a list of evaluations: where and what, and what parents said. */
public record GroupLine(long groupId, String name, String theme, String wijk, java.time.LocalDate endsOn,
        Verdict verdict) {
}
