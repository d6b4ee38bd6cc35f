package nl.groepskracht.evaluation;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.groepskracht.monitoring.Figure;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/**
 * The report's bar charts as SVG (XChart through VectorGraphics2D), inlined in the HTML so that the
 * printable page and the PDF both draw them as vector graphics. A figure hidden by the "&lt; 5" rule
 * has no bar; the table beside every chart gives the same numbers.
 */
final class ReportChart {

    private static final Color[] COLOURS = {new Color(0x1f6f5c), new Color(0x3b7dd8), new Color(0xb35c00),
        new Color(0x6b4fa0)};

    /** One row of bars: its name, and a figure per series. */
    record Bars(String label, List<Figure> figures) {
    }

    private ReportChart() {
    }

    /**
     * Bars per label, one series per name; {@code max} fixes the value axis (e.g. 5 for the 1–5 scale).
     * Null when no figure may be shown (all "&lt; 5" or empty): then there is no chart, only the table.
     */
    static String svg(List<String> series, List<Bars> rows, Double max, String alt) {
        if (rows.stream().flatMap(r -> r.figures().stream()).allMatch(f -> value(f) == null)) {
            return null;
        }
        CategoryChart chart = new CategoryChartBuilder().width(720).height(400).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendVisible(series.size() > 1);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setSeriesColors(COLOURS);
        styler.setYAxisMin(0.0);
        // theme names are long: slanted, so that none is dropped or runs into its neighbour
        styler.setXAxisLabelRotation(30);
        if (max != null) {
            styler.setYAxisMax(max);
        }
        List<String> labels = rows.stream().map(Bars::label).toList();
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            List<Number> values = rows.stream().map(r -> value(r.figures().get(index))).toList();
            chart.addSeries(series.get(i), labels, values);
        }
        var out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        // inline in HTML: without the XML declaration and document type
        // a text alternative for screen readers and for the tagged PDF (PDF/UA asks one of every figure)
        String label = org.springframework.web.util.HtmlUtils.htmlEscape(alt);
        return "<svg role=\"img\" aria-label=\"" + label + "\" alt=\"" + label + "\""
                + svg.substring(svg.indexOf("<svg") + "<svg".length());
    }

    private static Number value(Figure figure) {
        if (figure.hidden() || figure.empty()) {
            return null;
        }
        return figure.kind() == Figure.Kind.SHARE ? Math.round(figure.value() * 1000) / 10.0 : figure.value();
    }
}
