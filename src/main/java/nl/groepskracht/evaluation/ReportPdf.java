package nl.groepskracht.evaluation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * The report's HTML (the very page that prints) as a PDF: openhtmltopdf on PDFBox 3, tagged for
 * accessibility (PDF/UA: structure tree, language, title, alternative text of the charts), the charts
 * drawn as vector graphics by Batik, and one embedded font family (PDF/UA asks every font embedded):
 * Liberation Sans, its regular weight from inside PDFBox, its bold from the portal's resources (both
 * Liberation 2, SIL Open Font License, see {@code evaluation/fonts}), so headings and table heads print bold.
 */
@Component
@nl.groepskracht.base.AccessRule("anyone: renders the HTML it is given (the checked impact report) and reads no data")
public class ReportPdf {

    /** The family name the report's style sheet asks for first. */
    public static final String FONT = "gk-sans";
    private static final String REGULAR = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String BOLD = "/evaluation/fonts/LiberationSans-Bold.ttf";

    public byte[] render(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream();
        try {
            // no scripts, no external resources: the charts are our own SVG
            var svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE);
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useSVGDrawer(svg);
            builder.useFont(() -> font(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.withProducer("Groepskracht");
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String resource) {
        return ReportPdf.class.getResourceAsStream(resource);
    }
}
