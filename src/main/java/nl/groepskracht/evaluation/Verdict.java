package nl.groepskracht.evaluation;

import java.util.List;
import nl.groepskracht.monitoring.Figure;

/**
 * What parents said of a selection of groups (one group, a theme, a wijk, a report): how many were
 * asked and answered, per statement the mean (1–5) and the share that agreed (4 or 5), and who needs
 * other help. Every figure rests on the number of answers, so it reads "&lt; 5" below five; {@link
 * #enough()} tells whether there is anything to show at all.
 */
public record Verdict(Figure invited, Figure answers, Figure response, List<Score> scores, Figure moreHelpYes,
        Figure moreHelpNo, Figure moreHelpUnsure) {

    /** One statement: its mean and the share of parents who agreed. */
    public record Score(Question question, Figure average, Figure agreed) {
    }

    public boolean enough() {
        return answers.value() >= EvaluationPolicy.MIN_ANSWERS;
    }

    public Score score(Question question) {
        return scores.stream().filter(s -> s.question() == question).findFirst().orElseThrow();
    }

    static Verdict of(Tally tally, long invited) {
        long n = tally.answers();
        List<Score> scores = java.util.Arrays.stream(Question.values()).map(q -> new Score(q,
                Figure.average(n == 0 ? null : tally.mean(q), n), Figure.share(tally.agreed(q), n, n).onAnswers()))
                .toList();
        return new Verdict(Figure.count(invited, invited).onAnswers(), Figure.count(n, n).onAnswers(),
                Figure.share(n, invited, n).onAnswers(), scores, Figure.share(tally.yes(), n, n).onAnswers(),
                Figure.share(tally.no(), n, n).onAnswers(), Figure.share(tally.unsure(), n, n).onAnswers());
    }

    /** The sums the database counted for a selection. */
    record Tally(long answers, double[] means, long[] agreed, long yes, long no, long unsure) {

        static final Tally NONE = new Tally(0, new double[4], new long[4], 0, 0, 0);

        double mean(Question question) {
            return means[question.ordinal()];
        }

        long agreed(Question question) {
            return agreed[question.ordinal()];
        }
    }
}
