package nl.groepskracht.monitoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.StartCard;
import nl.groepskracht.base.ui.StartPageSection;
import nl.groepskracht.monitoring.FigureKeys;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringViews.Dashboard;
import nl.groepskracht.monitoring.MonitoringViews.UnmetDemand;
import nl.groepskracht.monitoring.PeriodChoice;

/**
 * The adviseur's start page: this school year's headline figures and where demand has no group yet,
 * one click from the dashboard and the demand signals.
 */
@org.springframework.stereotype.Component
class MonitoringStartSection implements StartPageSection {

    static final List<String> FIGURES = List.of("bereik", "opkomst", "vulling", "waiting", "groups");
    static final int UNMET_SHOWN = 5;

    private final MonitoringService monitoring;
    private final Clock clock;

    MonitoringStartSection(MonitoringService monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @Override
    public Set<String> roles() {
        return Set.of(Roles.ADVISEUR);
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create() {
        LocalDate[] year = PeriodChoice.schoolYear(LocalDate.now(clock.withZone(AppZone.ID)));
        Dashboard dashboard = monitoring.dashboard(MonitoringFilter.period(year[0], year[1]));
        Locale locale = UI.getCurrent().getLocale();
        var sections = new Div();
        sections.addClassName("gk-start-sections");

        var figures = new StartCard("start-figures").title(t("start.figures", year[0].getYear(),
                year[1].getYear()));
        var row = new Div();
        row.addClassName("gk-start-figures");
        for (String key : FIGURES) {
            var value = new Span(FigureKeys.value(dashboard.headline(), key).text(locale));
            value.setId("start-figure-" + key);
            value.addClassName("gk-start-figure");
            row.add(new Div(value, new Span(t("monitoring.figure." + key))));
        }
        figures.line(row);
        if (FIGURES.stream().anyMatch(key -> FigureKeys.value(dashboard.headline(), key).hidden())) {
            figures.line(Tables.note("start-figures-withheld", t("monitoring.withheld.note")));
        }
        figures.more(t("start.figures.all"), DashboardView.class);
        sections.add(figures);

        var unmet = new StartCard("start-unmet").title(t("monitoring.unmet.title"));
        for (UnmetDemand demand : dashboard.unmet().stream().limit(UNMET_SHOWN).toList()) {
            // the line opens the signals behind it
            var what = new Div(new com.vaadin.flow.component.html.Anchor("signalen?" + Tables.signals(demand)
                    .getQueryString(), demand.wijk() + " · " + demand.theme()));
            what.addClassName("gk-start-what");
            unmet.line(what, StartCard.badge(t("start.unmet.facts", demand.openSignals().text(locale),
                    demand.waiting().text(locale)), true));
        }
        if (dashboard.unmet().stream().limit(UNMET_SHOWN).anyMatch(u -> u.waiting().hidden())) {
            unmet.line(Tables.note("start-unmet-withheld", t("monitoring.withheld.note")));
        }
        unmet.whenEmpty(t("start.unmet.none"), StartCard.go("start-unmet-next", t("start.unmet.signal"),
                "signalen"));
        if (dashboard.unmet().size() > UNMET_SHOWN) {
            unmet.more(t("start.unmet.more", dashboard.unmet().size()), DashboardView.class);
        }
        sections.add(unmet);
        return sections;
    }
}
