package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonitoringViews.Cell;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.MatrixRow;
import nl.groepskracht.monitoring.MonitoringViews.ThemeColumn;

/**
 * Wijk × theme: per cell the groups with a session held, families reached and opkomst, walk-in
 * visits, people waiting and open demand signals; each wijk's total beside it and each theme's below.
 * A cell that needs attention (demand and no group open or running, or people waiting) has a colour
 * and says so in words. Columns share the width, so the matrix fits a 1280 px laptop. A row opens the
 * wijk.
 */
class MatrixGrid extends Grid<MatrixRow> {

    MatrixGrid(Matrix matrix, Consumer<MatrixRow> open) {
        setId("matrix");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        var wijk = addColumn(MatrixRow::wijk).setHeader(getTranslation("monitoring.wijk")).setFlexGrow(1)
                .setWidth("7rem");
        var total = addComponentColumn(row -> lines(row.total(), null)).setHeader(getTranslation("monitoring.total"))
                .setFlexGrow(2).setWidth("8rem");
        List<Column<MatrixRow>> themes = new ArrayList<>();
        for (ThemeColumn column : matrix.themes()) {
            themes.add(addComponentColumn(row -> cell(row.cells().get(column.themeId()))).setHeader(column.theme())
                    .setFlexGrow(2).setWidth("8rem").setPartNameGenerator(row -> attention(row.cells()
                            .get(column.themeId())) ? "gk-attention" : null));
        }
        total.setTextAlign(ColumnTextAlign.START);
        setItems(matrix.rows());
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("monitoring.matrix.empty"));
        addItemClickListener(e -> open.accept(e.getItem()));
        if (!matrix.rows().isEmpty()) {
            FooterRow footer = appendFooterRow();
            footer.getCell(wijk).setText(getTranslation("monitoring.csv.all"));
            footer.getCell(total).setComponent(lines(matrix.total(), null));
            for (int i = 0; i < themes.size(); i++) {
                footer.getCell(themes.get(i)).setComponent(lines(matrix.themeTotals().get(matrix.themes().get(i)
                        .themeId()), null));
            }
        }
    }

    private static boolean attention(Cell cell) {
        return cell != null && (cell.unmet() || cell.figures().waiting().value() > 0);
    }

    private Component cell(Cell cell) {
        if (cell == null) {
            return new Div();
        }
        Div lines = lines(cell.figures(), cell);
        if (cell.unmet()) {
            var flag = new Span("⚑ " + getTranslation("monitoring.cell.unmet"));
            flag.addClassName("gk-attention-text");
            lines.addComponentAsFirst(flag);
        }
        return lines;
    }

    /** A cell's or total's lines; a cell also its signals and people waiting. */
    private Div lines(Figures f, Cell cell) {
        var lines = new Div();
        lines.addClassName("gk-matrix-cell");
        var locale = getLocale();
        lines.add(new Div(getTranslation("monitoring.cell.groups", (long) f.groups().value())));
        if (!f.bereik().empty() || f.walkInSessions().value() == 0) {
            lines.add(new Div(getTranslation("monitoring.cell.reach", f.bereik().text(locale),
                    f.opkomst().text(locale), countOf(f.bereik()))));
        }
        if (cell == null && !f.perThousandHouseholds().empty()) {
            lines.add(new Div(getTranslation("monitoring.per-thousand", f.perThousandHouseholds().text(locale))));
        }
        if (f.walkInSessions().value() > 0) {
            lines.add(new Div(getTranslation("monitoring.cell.walk-in", f.walkInAdults().text(locale),
                    f.walkInChildren().text(locale), f.walkInSessions().text(locale))));
        }
        if (f.waiting().value() > 0 || f.waiting().hidden()) {
            var waiting = new Div(getTranslation("monitoring.cell.waiting", f.waiting().text(locale)));
            waiting.addClassName(cell == null ? "gk-matrix-line" : "gk-attention-text");
            lines.add(waiting);
        }
        if (cell != null && cell.openSignals().value() > 0) {
            lines.add(new Div(getTranslation("monitoring.cell.signals", cell.openSignals().text(locale),
                    cell.signalFamilies().text(locale), countOf(cell.openSignals()), countOf(cell.signalFamilies()))));
        }
        return lines;
    }

    /** The number a count's word agrees with: "< 5" reads as several, "–" as none. */
    static long countOf(Figure count) {
        return count.hidden() ? Figure.MIN_FAMILIES : count.empty() ? 0 : Math.round(count.value());
    }
}
