package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import nl.groepskracht.monitoring.Figure;
import nl.groepskracht.monitoring.MonthLabel;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;

/**
 * One figure per month as a chart drawn on the server (XChart, as SVG), with a title, a sentence
 * that says what is drawn and the same numbers as a table (WCAG 1.1.1). Only months that have begun
 * are drawn; a month that is "afgeschermd" is a full-height grey column (so it cannot pass for a
 * zero, which has no column at all); the vertical axis carries its unit (% for a share).
 */
class TrendChart extends Div {

    private static final Color VALUE = new Color(0x1f6f5c);
    private static final Color WITHHELD = new Color(0xc9ced1);

    TrendChart(String id, String title, String unit, List<TrendPoint> points, Function<TrendPoint, Figure> figure,
            boolean futureLeft) {
        setId(id);
        setWidthFull();
        List<String> labels = points.stream().map(p -> MonthLabel.of(p, getLocale(), false)).toList();
        boolean share = points.stream().anyMatch(p -> figure.apply(p).kind() == Figure.Kind.SHARE);
        var image = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                svg(title, unit, labels, points, figure, share).getBytes(StandardCharsets.UTF_8)), title);
        image.getStyle().set("max-width", "100%").set("height", "auto");
        var summary = new Paragraph(summary(points, figure, futureLeft));
        summary.addClassName("gk-trend-summary");
        add(new H3(title), summary);
        if (!points.isEmpty()) {
            add(image);
        }
        add(table(points, figure, title));
    }

    private String summary(List<TrendPoint> points, Function<TrendPoint, Figure> figure, boolean futureLeft) {
        var shown = points.stream().filter(p -> !figure.apply(p).hidden() && !figure.apply(p).empty()).toList();
        List<String> sentences = new ArrayList<>();
        if (shown.isEmpty()) {
            sentences.add(getTranslation("monitoring.trend.summary.none"));
        } else {
            TrendPoint highest = shown.stream().max(Comparator.comparingDouble(p -> figure.apply(p).value()))
                    .orElseThrow();
            TrendPoint last = points.getLast();
            sentences.add(getTranslation("monitoring.trend.summary", label(points.getFirst()), label(last),
                    label(highest), figure.apply(highest).text(getLocale()), figure.apply(last).text(getLocale())));
        }
        long hidden = points.stream().filter(p -> figure.apply(p).hidden()).count();
        if (hidden > 0) {
            sentences.add(getTranslation("monitoring.trend.summary.hidden", hidden));
        }
        if (futureLeft) {
            sentences.add(getTranslation("monitoring.trend.summary.future"));
        }
        return String.join(" ", sentences);
    }

    private String label(TrendPoint point) {
        return MonthLabel.of(point, getLocale(), false);
    }

    private Grid<TrendPoint> table(List<TrendPoint> points, Function<TrendPoint, Figure> figure, String title) {
        var grid = new Grid<TrendPoint>();
        grid.addColumn(this::label).setHeader(getTranslation("monitoring.month"));
        grid.addColumn(p -> figure.apply(p).text(getLocale())).setHeader(title);
        grid.setItems(points);
        grid.setAllRowsVisible(true);
        grid.addClassName("gk-trend-table");
        return grid;
    }

    private String svg(String title, String unit, List<String> labels, List<TrendPoint> points,
            Function<TrendPoint, Figure> figure, boolean share) {
        List<Number> values = new ArrayList<>();
        double highest = share ? 100 : 1;
        for (TrendPoint point : points) {
            Figure value = figure.apply(point);
            Double number = value.hidden() || value.empty() ? null
                    : share ? Math.round(value.value() * 1000) / 10.0 : value.value();
            values.add(number);
            highest = Math.max(highest, number == null ? 0 : number);
        }
        double top = share ? 100 : Math.ceil(highest * 1.1);
        List<Number> withheld = points.stream().map(p -> figure.apply(p).hidden() ? (Number) top : null).toList();
        CategoryChart chart = new CategoryChartBuilder().width(720).height(320).title(title)
                .xAxisTitle(getTranslation("monitoring.month")).yAxisTitle(unit).build();
        var styler = chart.getStyler();
        styler.setChartTitleVisible(false);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setXAxisLabelRotation(45);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(top);
        styler.setYAxisDecimalPattern(share ? "0'%'" : "0");
        styler.setOverlapped(true);
        boolean anyWithheld = withheld.stream().anyMatch(java.util.Objects::nonNull);
        styler.setLegendVisible(anyWithheld);
        styler.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        if (anyWithheld) {
            styler.setSeriesColors(new Color[] {WITHHELD, VALUE});
            chart.addSeries(getTranslation("monitoring.withheld"), labels, withheld);
        } else {
            styler.setSeriesColors(new Color[] {VALUE});
        }
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
