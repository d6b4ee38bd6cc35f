package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.groepskracht.evaluation.MoreHelp;
import nl.groepskracht.evaluation.Verdict;
import nl.groepskracht.monitoring.Figure;

/** A verdict as a table: per statement the mean and the share who agreed, then who needs other help. */
class VerdictGrid extends Grid<VerdictGrid.Row> {

    record Row(String statement, String average, String agreed) {
    }

    VerdictGrid(Verdict verdict, Locale locale, BiFunction<String, Object[], String> t) {
        setId("verdict");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(Row::statement).setHeader(t.apply("evaluation.statement", new Object[0])).setFlexGrow(3);
        addColumn(Row::average).setHeader(t.apply("evaluation.average", new Object[0])).setFlexGrow(1);
        addColumn(Row::agreed).setHeader(t.apply("evaluation.agreed", new Object[0])).setFlexGrow(1);
        List<Row> rows = new ArrayList<>();
        for (Verdict.Score score : verdict.scores()) {
            rows.add(new Row(t.apply("evaluation.question." + score.question().key(), new Object[0]),
                    score.average().text(locale), score.agreed().text(locale)));
        }
        String question = t.apply("evaluation.more-help.question", new Object[0]);
        for (MoreHelp answer : MoreHelp.values()) {
            Figure share = switch (answer) {
                case YES -> verdict.moreHelpYes();
                case NO -> verdict.moreHelpNo();
                case UNSURE -> verdict.moreHelpUnsure();
            };
            rows.add(new Row(question + " " + t.apply("evaluation.more-help." + answer.name(), new Object[0]), "",
                    share.text(locale)));
        }
        setItems(rows);
        setAllRowsVisible(true);
    }
}
