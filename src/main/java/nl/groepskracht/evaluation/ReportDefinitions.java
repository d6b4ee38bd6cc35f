package nl.groepskracht.evaluation;

import java.util.List;

/**
 * "Zo is er geteld": every figure of the report with its definition, by translation key — the monitoring's
 * and the evaluation's own definitions, the very texts the dashboard shows, so a word means one thing.
 */
public final class ReportDefinitions {

    /** A term and its definition, both translation keys. */
    public record Term(String label, String definition) {
    }

    public static final List<Term> TERMS = List.of(
            new Term("monitoring.figure.groups", "monitoring.def.groups"),
            new Term("monitoring.figure.sessions", "monitoring.def.sessions"),
            new Term("monitoring.figure.bereik", "monitoring.def.bereik"),
            new Term("report.figure.walk-in", "monitoring.def.walk-in"),
            new Term("monitoring.figure.walk-in-sessions", "monitoring.def.walk-in-sessions"),
            new Term("monitoring.figure.opkomst", "monitoring.def.opkomst"),
            new Term("monitoring.figure.uitval", "monitoring.def.uitval"),
            new Term("monitoring.figure.vulling", "monitoring.def.vulling"),
            new Term("report.figure.waiting", "monitoring.def.waiting"),
            new Term("report.col.per-thousand", "report.def.per-thousand"),
            new Term("monitoring.unmet", "monitoring.unmet.intro"),
            new Term("report.figure.verdict", "evaluation.def.answers"),
            new Term("report.method.term.evaluation", "report.method.evaluation"),
            new Term("report.method.term.previous", "report.method.previous"),
            new Term("report.method.term.privacy", "report.method.privacy"));

    private ReportDefinitions() {
    }
}
