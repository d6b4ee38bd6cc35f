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
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts as SVG (XChart through VectorGraphics2D), inlined in the HTML so that the printable
 * page and the PDF both draw them as vector graphics. A figure hidden by the "&lt; 5" rule has no bar or
 * dot; the table beside every chart gives the same numbers.
 */
final class ReportChart {

    private static final Color[] COLOURS = {new Color(0x1f6f5c), new Color(0x9aa9ae), new Color(0xb35c00),
        new Color(0x3b7dd8)};

    /** One row of bars: its name, and a figure per series. */
    record Bars(String label, List<Figure> figures) {
    }

    /** How the values are drawn: bars from zero, or dots on a scale with fixed ends (the 1–5 answers). */
    record Axis(String title, Double min, Double max, boolean dots) {
    }

    private ReportChart() {
    }

    /**
     * Null when fewer than two rows have a figure that may be shown: a chart of one bar says nothing the
     * table does not, so then there is only the table.
     */
    static String svg(List<String> series, List<Bars> rows, Axis axis, String alt) {
        if (rows.stream().filter(r -> r.figures().stream().anyMatch(f -> value(f) != null)).count() < 2) {
            return null;
        }
        CategoryChart chart = new CategoryChartBuilder().width(720).height(330).yAxisTitle(axis.title()).build();
        var styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setLegendVisible(series.size() > 1);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setSeriesColors(COLOURS);
        styler.setYAxisMin(axis.min());
        styler.setYAxisMax(axis.max());
        if (axis.dots()) {
            styler.setDefaultSeriesRenderStyle(org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Scatter);
            styler.setMarkerSize(11);
            styler.setYAxisTickMarkSpacingHint(60);
        }
        styler.setXAxisLabelRotation(rows.size() > 3 ? 20 : 0);
        List<String> labels = rows.stream().map(Bars::label).toList();
        for (int i = 0; i < series.size(); i++) {
            int index = i;
            var added = chart.addSeries(series.get(i), labels,
                    rows.stream().map(r -> value(r.figures().get(index))).toList());
            if (axis.dots()) {
                added.setMarker(SeriesMarkers.CIRCLE);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        // inline in HTML: without the XML declaration and document type, with a text alternative for screen
        // readers and for the tagged PDF (PDF/UA asks one of every figure)
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
