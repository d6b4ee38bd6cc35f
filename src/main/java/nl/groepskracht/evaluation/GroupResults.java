package nl.groepskracht.evaluation;

import java.util.List;

/**
 * One group's evaluation as its facilitators and the adviseur see it: the figures, and the open answers
 * only once enough parents answered. {@code mayQuote}: the adviseur picks quotes for the report;
 * {@code mayWrite}: a facilitator of the group writes its evaluation as a knowledge item.
 */
public record GroupResults(long groupId, String groupName, Verdict verdict, List<Answer> mostValuable,
        List<Answer> couldBeBetter, boolean mayQuote, boolean mayWrite) {

    /** An open answer; {@code id} identifies it for marking it as a quote. */
    public record Answer(long id, OpenField field, String text, boolean quoted) {
    }
}
