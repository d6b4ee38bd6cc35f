package nl.groepskracht.evaluation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.TranslatedTitle;
import nl.groepskracht.base.ui.ViewHeader;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.evaluation.ReportLogos;
import nl.groepskracht.monitoring.MonitoringFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Wat levert preventie op": the adviseur chooses a period and, if wanted, wijken and themes, and opens
 * the report as a printable page or downloads it as a PDF (both made on the server from one template).
 * Quotes are chosen on a group's evaluation page; the administrator puts the organisation's logo on it here.
 */
@Route("rapportage")
@Menu(order = 47, title = "menu.report", icon = "vaadin:file-text-o")
@RolesAllowed({Roles.ADVISEUR, Roles.ADMIN})
public class ImpactReportView extends VerticalLayout implements TranslatedTitle {

    private final Anchor page = new Anchor("", getTranslation("report.open"));
    private final Anchor pdf = new Anchor("", getTranslation("report.pdf"));
    private ReportFilters filters;

    ImpactReportView(DirectoryService directory, Clock clock, ReportLogos logos, AuthenticationContext auth) {
        addClassName("gk-page");
        page.setId("report-page");
        page.setTarget(AnchorTarget.BLANK);
        pdf.setId("report-pdf");
        pdf.getElement().setAttribute("download", true);
        page.addClassName("gk-button-link");
        pdf.addClassName("gk-button-link");
        // server-rendered pages, not routes of the portal: the client-side router leaves these links alone
        page.getElement().setAttribute("router-ignore", true);
        pdf.getElement().setAttribute("router-ignore", true);
        filters = new ReportFilters(directory, LocalDate.now(clock.withZone(AppZone.ID)), this::link);
        var actions = new Div(page, pdf);
        actions.addClassName("gk-actions");
        add(new ViewHeader(getTranslation("report.title")), new Paragraph(getTranslation("report.intro")), filters,
                actions, new Paragraph(getTranslation("report.quotes.how")));
        if (auth.hasRole(Roles.ADMIN)) {
            add(new ReportLogoPanel(logos));
        }
        link();
    }

    private void link() {
        MonitoringFilter filter = filters.value();
        var query = UriComponentsBuilder.newInstance().queryParam("van", filter.from()).queryParam("tot", filter.to())
                .queryParam("wijk", filter.wijkIds()).queryParam("thema", filter.themeIds()).build().toUriString();
        page.setHref("rapportage/impact" + query);
        pdf.setHref("rapportage/impact.pdf" + query);
    }

    @Override
    public String titleKey() {
        return "report.title";
    }
}
