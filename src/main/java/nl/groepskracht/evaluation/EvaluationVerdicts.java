package nl.groepskracht.evaluation;

import java.util.ArrayList;
import java.util.List;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.ParentVerdicts;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The parents' evaluation on the monitoring dashboard, beside reach and opkomst, and in its CSV files. */
@Component
class EvaluationVerdicts implements ParentVerdicts {

    /** More groups than a city runs in a period: the CSV lists them all. */
    private static final int ALL_GROUPS = 10_000;
    private final EvaluationResults results;

    EvaluationVerdicts(EvaluationResults results) {
        this.results = results;
    }

    @Override
    public List<Verdict> verdicts(MonitoringFilter filter) {
        return figures(results.total(filter));
    }

    @Override
    public List<VerdictRow> perGroup(MonitoringFilter filter) {
        return results.groups(filter, PageRequest.of(0, ALL_GROUPS)).stream()
                .map(g -> new VerdictRow(g.name(), g.theme(), g.wijk(), figures(g.verdict()))).toList();
    }

    @Override
    public List<VerdictRow> perTheme(MonitoringFilter filter) {
        return results.perTheme(filter).stream().map(t -> new VerdictRow(t.name(), "", "", figures(t.verdict())))
                .toList();
    }

    private static List<Verdict> figures(nl.groepskracht.evaluation.Verdict verdict) {
        List<Verdict> shown = new ArrayList<>();
        shown.add(new Verdict("evaluation-answers", "evaluation.figure.answers", "evaluation.def.answers",
                verdict.answers()));
        for (var score : verdict.scores()) {
            String key = score.question().key();
            shown.add(new Verdict("evaluation-" + key, "evaluation.figure." + key, "evaluation.question." + key,
                    score.average()));
        }
        shown.add(new Verdict("evaluation-no-more-help", "evaluation.figure.no-more-help",
                "evaluation.def.no-more-help", verdict.moreHelpNo()));
        return shown;
    }
}
