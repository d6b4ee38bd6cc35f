package nl.groepskracht.evaluation;

import static nl.groepskracht.support.Accounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.FieldValidationException;
import nl.groepskracht.base.Roles;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.Dashboard;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.security.Professional;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.PdfUa;
import nl.groepskracht.support.ReportPages;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.WithRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The impact report as the alderman gets it: a PDF that passes veraPDF's PDF/UA-1 check (with a logo and the
 * charts), whose figures are the dashboard's for the same period and filters, whose first page says the
 * period, the key figures beside the previous period's and three sentences, and whose pages are kept as PNG
 * under target/screenshots/issue17 for a person to look at.
 */
@SmtpAndClockTest
class ImpactReportPdfTest {

    private static final Locale DUTCH = Locale.of("nl");

    @Autowired
    FinishedGroup finished;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    ImpactReports reports;
    @Autowired
    ReportLogos logos;
    @Autowired
    ReportPdf pdf;
    @Autowired
    TemplateEngine templates;
    @Autowired
    MonitoringService monitoring;
    @Autowired
    MutableClock clock;

    long wijk;
    Professional adviseur;

    @BeforeEach
    void aGroupThatIsOverWithFiveAnswers() {
        wijk = finished.newWijk();
        var group = finished.plan(wijk);
        List<String> tokens = finished.answerers(group, 6);
        for (int i = 0; i < 5; i++) {
            evaluations.submit(tokens.get(i), AnonymityAndReportTest.answer(i < 3 ? 4 : 5, "Citaat " + i));
        }
        adviseur = finished.accounts.create("Joost", Role.ADVISEUR);
        // attendance was written straight into the table, in the past of a clock other tests moved back and
        // forth: let the monitoring rebuild its read model at the next read (README, "Speed")
        finished.jdbc.update("UPDATE monitoring_refresh SET refreshed_at = NULL");
    }

    @AfterEach
    void backToNow() {
        WithRole.as(Roles.ADMIN, () -> logos.remove());
        clock.reset();
    }

    @Test
    void the_pdf_passes_pdf_ua_1_with_a_logo_and_its_pages_are_drawn() throws Exception {
        WithRole.as(Roles.ADMIN, () -> logos.upload(-1, new ByteArrayInputStream(png())));
        byte[] bytes = render(report(period()));

        assertThat(PdfUa.failures(bytes)).as("veraPDF, PDF/UA-1").isEmpty();
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentInformation().getSubject()).startsWith("Rapportage voor de gemeente");
            assertThat(document.getPage(0).getResources().getXObjectNames()).as("the logo on page one")
                    .anySatisfy(name -> assertThat(document.getPage(0).getResources().getXObject(name))
                            .isInstanceOf(PDImageXObject.class));
            var fonts = new java.util.ArrayList<String>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name).getName());
            }
            assertThat(fonts).as("headings and table heads print bold, in the embedded family")
                    .anySatisfy(font -> assertThat(font).endsWith("LiberationSans-Bold"))
                    .anySatisfy(font -> assertThat(font).endsWith("LiberationSans"));
        }
        List<Path> pages = ReportPages.draw(bytes, Path.of("target/screenshots/issue17"), "report-page");
        assertThat(pages).isNotEmpty();
    }

    @Test
    void the_figures_are_the_dashboards_for_the_same_period_and_filters() throws Exception {
        MonitoringFilter period = period();
        ImpactReport report = report(period);
        MonitoringFilter dashboardFilter = period.withWijk(wijk);
        Dashboard dashboard = as(adviseur, () -> monitoring.dashboard(dashboardFilter));
        Figures shown = dashboard.headline();

        Map<String, String> key = keyFigures(report);
        assertThat(key).containsEntry("groups", shown.groups().text(DUTCH))
                .containsEntry("sessions", shown.sessionsHeld().text(DUTCH))
                .containsEntry("bereik", shown.bereik().text(DUTCH))
                .containsEntry("opkomst", shown.opkomst().text(DUTCH))
                .containsEntry("uitval", shown.uitval().text(DUTCH))
                .containsEntry("vulling", shown.vulling().text(DUTCH))
                .containsEntry("waiting", shown.waiting().text(DUTCH));
        assertThat(key.get("sessions")).isEqualTo("2");
        var row = dashboard.matrix().rows().stream().filter(r -> r.wijkId() == wijk).findFirst().orElseThrow();
        assertThat(report.perWijk()).singleElement().satisfies(w -> {
            assertThat(w.figures().bereik().text(DUTCH)).isEqualTo(row.total().bereik().text(DUTCH));
            assertThat(w.figures().perThousandHouseholds().text(DUTCH)).isEqualTo(row.total().perThousandHouseholds()
                    .text(DUTCH));
        });
        assertThat(report.perTheme()).singleElement().satisfies(t -> assertThat(t.figures()).isEqualTo(
                dashboard.matrix().themeTotals().get(t.id())));

        String text = pdfText(render(report));
        assertThat(text).contains("Bijeenkomsten gehouden 2 0", "Bereik (gezinnen) " + key.get("bereik") + " 0",
                "4,4 (n = 5) –");
        assertThat(report.summary()).hasSize(3);
        assertThat(report.summary().get(2)).startsWith("5 ouders vulden de evaluatie in").contains("4,4");
        report.summary().forEach(sentence -> assertThat(text).contains(sentence));
    }

    @Test
    void a_logo_must_be_a_small_png_or_jpeg_by_its_content_whatever_its_name() {
        byte[] script = "<svg onload=alert(1)></svg>".getBytes();
        assertThatThrownBy(() -> WithRole.as(Roles.ADMIN, () -> logos.upload(-1, new ByteArrayInputStream(script))))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.logo.type"));
        assertThatThrownBy(() -> WithRole.as(Roles.ADMIN, () -> logos.upload(600_000, new ByteArrayInputStream(png()))))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.logo.too-large"));
        assertThatThrownBy(() -> WithRole.as(Roles.ADMIN, () -> logos.upload(-1,
                new ByteArrayInputStream(new byte[ReportLogos.MAX_KB * 1024 + 1]))))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.logo.too-large"));
        assertThat(as(adviseur, () -> logos.current())).as("nothing stored").isEmpty();
        assertThatThrownBy(() -> as(adviseur, () -> logos.upload(-1, new ByteArrayInputStream(png()))))
                .as("only the administrator").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private ImpactReport report(MonitoringFilter period) {
        return as(adviseur, () -> reports.report(period.from(), period.to(), Set.of(wijk), Set.of(), DUTCH));
    }

    private byte[] render(ImpactReport report) {
        return pdf.render(templates.process("evaluation/rapport", new Context(DUTCH,
                Map.of("report", report, "forPdf", true, "font", ReportPdf.FONT))));
    }

    private static Map<String, String> keyFigures(ImpactReport report) {
        return report.keyFigures().stream().collect(java.util.stream.Collectors.toMap(ImpactReport.KeyFigure::id,
                ImpactReport.KeyFigure::now));
    }

    private static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private MonitoringFilter period() {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        return MonitoringFilter.period(today.minusMonths(1), today.plusMonths(2));
    }

    static byte[] png() {
        var image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x1f6f5c));
        g.fillRect(0, 0, 120, 40);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
