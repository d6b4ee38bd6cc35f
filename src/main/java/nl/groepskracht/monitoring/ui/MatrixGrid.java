package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Consumer;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonitoringViews.Cell;
import nl.groepskracht.monitoring.MonitoringViews.ThemeColumn;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.MatrixRow;

/**
 * Wijk × theme: per cell the groups open or running, families reached and opkomst, people waiting
 * and open demand signals; a cell with demand and no group is marked. A row opens the wijk.
 */
class MatrixGrid extends Grid<MatrixRow> {

    MatrixGrid(Matrix matrix, Consumer<MatrixRow> open) {
        setId("matrix");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(MatrixRow::wijk).setHeader(getTranslation("monitoring.wijk")).setFrozen(true).setAutoWidth(true);
        addColumn(row -> row.bereik().text(getLocale())
                + (row.perThousandHouseholds().empty() ? "" : " (" + getTranslation("monitoring.per-thousand",
                        row.perThousandHouseholds().text(getLocale())) + ")"))
                .setHeader(getTranslation("monitoring.figure.bereik")).setAutoWidth(true);
        for (ThemeColumn column : matrix.themes()) {
            addColumn(row -> text(row.cells().get(column.themeId()))).setHeader(column.theme()).setWidth("12rem");
        }
        setItems(matrix.rows());
        setEmptyStateText(getTranslation("monitoring.matrix.empty"));
        addItemClickListener(e -> open.accept(e.getItem()));
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        String text = getTranslation("monitoring.cell", cell.groups().text(getLocale()), cell.bereik().text(getLocale()),
                cell.opkomst().text(getLocale()), countOf(cell.groups()), countOf(cell.bereik()));
        if (cell.waiting().value() > 0) {
            text += " · " + getTranslation("monitoring.cell.waiting", cell.waiting().text(getLocale()));
        }
        if (cell.openSignals().value() > 0) {
            text += " · " + getTranslation("monitoring.cell.signals", cell.openSignals().text(getLocale()),
                    cell.signalFamilies().text(getLocale()), countOf(cell.openSignals()), countOf(cell.signalFamilies()));
        }
        return cell.unmet() ? "⚑ " + text + " · " + getTranslation("monitoring.cell.unmet") : text;
    }

    /** The number a count's word agrees with: "< 5" reads as several, "–" as none. */
    static long countOf(Figure count) {
        return count.hidden() ? Figure.MIN_FAMILIES : count.empty() ? 0 : Math.round(count.value());
    }
}
