package nl.groepskracht.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.i18n.Languages;
import nl.groepskracht.evaluation.ImpactReport;
import nl.groepskracht.evaluation.ImpactReports;
import nl.groepskracht.evaluation.ReportPdf;
import nl.groepskracht.monitoring.PeriodChoice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The impact report for the adviseur (behind the login): a printable page, and the same HTML as a
 * tagged PDF. {@code van}/{@code tot} are ISO dates (this school year when left out); {@code wijk} and
 * {@code thema} may repeat. The service refuses anyone but the adviseur and the administrator.
 */
@Controller
class ImpactReportController {

    private static final String TEMPLATE = "evaluation/rapport";
    private final ImpactReports reports;
    /** No group met before this year; a period starting earlier is a typing error. */
    private static final int FIRST_YEAR = 2000;
    private final ReportPdf pdf;
    private final TemplateEngine templates;
    private final Clock clock;

    ImpactReportController(ImpactReports reports, ReportPdf pdf, TemplateEngine templates, Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.templates = templates;
        this.clock = clock;
    }

    @GetMapping("/rapportage/impact")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) Set<Long> wijk, @RequestParam(required = false) Set<Long> thema,
            Model model, Locale requested, jakarta.servlet.http.HttpServletRequest request) {
        // a page for professionals: in the portal's languages, whatever a parent's language the browser asks for
        Locale locale = Languages.fromTag(requested.getLanguage());
        RequestContextUtils.getLocaleResolver(request).setLocale(request, null, locale);
        ImpactReport report = report(van, tot, wijk, thema, locale);
        model.addAllAttributes(variables(report, false));
        model.addAttribute("pdfLink", UriComponentsBuilder.fromPath("/rapportage/impact.pdf")
                .queryParam("van", report.period().from()).queryParam("tot", report.period().to())
                .queryParam("wijk", wijk == null ? List.of() : wijk)
                .queryParam("thema", thema == null ? List.of() : thema).build().toUriString());
        return TEMPLATE;
    }

    @GetMapping("/rapportage/impact.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
            @RequestParam(required = false) Set<Long> wijk, @RequestParam(required = false) Set<Long> thema,
            Locale requested) {
        Locale locale = Languages.fromTag(requested.getLanguage());
        ImpactReport report = report(van, tot, wijk, thema, locale);
        String html = templates.process(TEMPLATE, new Context(locale, variables(report, true)));
        String name = "wat-levert-preventie-op-" + report.period().from() + "-" + report.period().to() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(pdf.render(html));
    }

    private ImpactReport report(LocalDate from, LocalDate to, Set<Long> wijken, Set<Long> themes, Locale locale) {
        LocalDate[] schoolYear = PeriodChoice.SCHOOL_YEAR.range(LocalDate.now(clock.withZone(AppZone.ID)));
        LocalDate first = from == null ? schoolYear[0] : from;
        LocalDate last = to == null ? schoolYear[1] : to;
        if (first.getYear() < FIRST_YEAR || last.getYear() > schoolYear[1].getYear() + 5 || last.isBefore(first)
                || first.plusYears(10).isBefore(last)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the period is not a period");
        }
        return reports.report(first, last, ids(wijken), ids(themes), locale);
    }

    /** The ids asked for; an empty value ({@code ?wijk=}) is no id. */
    private static Set<Long> ids(Set<Long> asked) {
        return asked == null ? Set.of() : asked.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Map<String, Object> variables(ImpactReport report, boolean forPdf) {
        return Map.of("report", report, "forPdf", forPdf, "font", ReportPdf.FONT);
    }
}
