package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * One figure per month as a chart drawn on the server (XChart, as SVG), with a title, a sentence
 * that says what it shows and the same numbers as a table (WCAG 1.1.1). A month whose figure rests
 * on fewer than five families has no bar; the table says "&lt; 5".
 */
class TrendChart extends Div {

    TrendChart(String id, String title, List<TrendPoint> points, Function<TrendPoint, Figure> figure) {
        setId(id);
        setWidthFull();
        var month = new java.time.format.DateTimeFormatterBuilder()
                .appendText(java.time.temporal.ChronoField.MONTH_OF_YEAR, java.time.format.TextStyle.SHORT)
                .appendLiteral(' ').appendValue(java.time.temporal.ChronoField.YEAR).toFormatter(getLocale());
        List<String> labels = points.stream().map(p -> p.month().format(month)).toList();
        List<Number> values = new ArrayList<>();
        for (TrendPoint point : points) {
            Figure value = figure.apply(point);
            values.add(value.hidden() || value.empty() ? null
                    : value.kind() == Figure.Kind.SHARE ? Math.round(value.value() * 1000) / 10.0 : value.value());
        }
        var image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg(title, labels, values).getBytes(StandardCharsets.UTF_8)), title);
        image.getStyle().set("max-width", "100%").set("height", "auto");
        add(new H3(title), new Paragraph(summary(points, figure, month)), image, table(points, figure, month, title));
    }

    private String summary(List<TrendPoint> points, Function<TrendPoint, Figure> figure, DateTimeFormatter month) {
        var shown = points.stream().filter(p -> !figure.apply(p).hidden() && !figure.apply(p).empty()).toList();
        if (shown.isEmpty()) {
            return getTranslation("monitoring.trend.summary.none");
        }
        TrendPoint highest = shown.stream().max(Comparator.comparingDouble(p -> figure.apply(p).value())).orElseThrow();
        TrendPoint last = points.getLast();
        return getTranslation("monitoring.trend.summary", highest.month().format(month),
                figure.apply(highest).text(getLocale()), last.month().format(month),
                figure.apply(last).text(getLocale()));
    }

    private Grid<TrendPoint> table(List<TrendPoint> points, Function<TrendPoint, Figure> figure,
            DateTimeFormatter month, String title) {
        var grid = new Grid<TrendPoint>();
        grid.addColumn(p -> p.month().format(month)).setHeader(getTranslation("monitoring.month"));
        grid.addColumn(p -> figure.apply(p).text(getLocale())).setHeader(title);
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        grid.addClassName("gk-trend-table");
        return grid;
    }

    private static String svg(String title, List<String> labels, List<Number> values) {
        CategoryChart chart = new CategoryChartBuilder().width(720).height(300).title(title).build();
        var styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setChartTitleVisible(false);
        styler.setChartBackgroundColor(java.awt.Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setXAxisLabelRotation(45);
        styler.setSeriesColors(new java.awt.Color[] {new java.awt.Color(0x1f6f5c)});
        chart.addSeries(title, labels, values);
        var out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
