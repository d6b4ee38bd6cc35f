package nl.groepskracht.evaluation;

import java.util.ArrayList;
import java.util.List;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.ParentVerdicts;
import org.springframework.stereotype.Component;

/** The parents' evaluation on the monitoring dashboard, beside reach and opkomst. */
@Component
class EvaluationVerdicts implements ParentVerdicts {

    private final EvaluationResults results;

    EvaluationVerdicts(EvaluationResults results) {
        this.results = results;
    }

    @Override
    public List<Verdict> verdicts(MonitoringFilter filter) {
        nl.groepskracht.evaluation.Verdict total = results.total(filter);
        List<Verdict> shown = new ArrayList<>();
        shown.add(new Verdict("evaluation-answers", "evaluation.figure.answers", "evaluation.def.answers",
                total.answers()));
        for (var score : total.scores()) {
            String key = score.question().key();
            shown.add(new Verdict("evaluation-" + key, "evaluation.figure." + key, "evaluation.question." + key,
                    score.average()));
        }
        shown.add(new Verdict("evaluation-no-more-help", "evaluation.figure.no-more-help",
                "evaluation.def.no-more-help", total.moreHelpNo()));
        return shown;
    }
}
