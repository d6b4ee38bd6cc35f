package nl.groepskracht.monitoring;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.ui.AccessDeniedView;
import nl.groepskracht.directory.DirectoryService;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;
import nl.groepskracht.monitoring.ui.DashboardView;
import nl.groepskracht.monitoring.ui.DemandSignalsView;
import nl.groepskracht.monitoring.ui.GroupMonitoringView;
import nl.groepskracht.monitoring.ui.WijkMonitoringView;
import nl.groepskracht.security.Role;
import nl.groepskracht.support.KaribuTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The dashboard for the adviseur (and admin) only, with charts, tables and drill-down; signals for facilitators. */
class MonitoringViewTest extends KaribuTest {

    @Autowired
    MonitoringService monitoring;
    @Autowired
    DemandSignals signals;
    @Autowired
    DirectoryService directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @Test
    void a_facilitator_cannot_open_the_dashboard_nor_call_its_service() {
        loginAs("Fatima", Role.FACILITATOR);
        for (String route : List.of("monitoring", "monitoring/wijk/1", "monitoring/groep/1")) {
            UI.getCurrent().navigate(route);
            assertThat(_find(AccessDeniedView.class)).as(route).hasSize(1);
            assertThat(_find(Grid.class)).isEmpty();
        }
        var filter = MonitoringFilter.period(LocalDate.of(2025, 8, 1), LocalDate.of(2026, 7, 31));
        assertThatThrownBy(() -> WithRole.as(Roles.FACILITATOR, () -> monitoring.headline(filter)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> WithRole.as(Roles.FACILITATOR, () -> monitoring.unmetDemand(filter)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_adviseur_sees_figures_with_definitions_charts_with_tables_and_drills_down_to_a_group() {
        KnownData k = new KnownData(jdbc);
        long wijk = k.wijk("Bekijkwijk " + System.nanoTime());
        LocalDate day = LocalDate.now(clock.withZone(nl.groepskracht.base.AppZone.ID)).minusDays(20);
        long group = k.group("Bekijkgroep " + System.nanoTime(), wijk, k.theme("overgewicht"), 8, day, day);
        long session = k.session(group, day, false);
        for (int i = 0; i < 6; i++) {
            k.mark(session, k.place(group, k.family(), "Zichtouder" + (char) ('a' + i), "CONFIRMED",
                    KnownData.at(day.minusDays(5), 10), null, null, null), "PRESENT");
        }
        k.rebuild();
        loginAs("Joost", Role.ADVISEUR);
        UI.getCurrent().navigate("monitoring");
        assertThat(_find(DashboardView.class)).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("figure-bereik")).getText()).isNotBlank();
        int charts = _find(Image.class).size();
        assertThat(charts).as("reach, opkomst, groups (and walk-ins when there are any)").isBetween(3, 4);
        assertThat(_find(Image.class))
                .allSatisfy(image -> assertThat(image.getSrc()).startsWith("data:image/svg+xml;base64,"));
        assertThat(_find(Grid.class, spec -> spec.withClasses("gk-trend-table"))).as("each chart as a table")
                .hasSize(charts);
        for (String csv : List.of("csv-unmet", "csv-headline", "csv-matrix", "csv-trends")) {
            assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId(csv))).hasSize(1);
        }
        @SuppressWarnings("unchecked")
        var period = (com.vaadin.flow.component.select.Select<PeriodChoice>) _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("filter-period"));
        period.setValue(PeriodChoice.CUSTOM);
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("filter-from"))
                .setValue(day.minusDays(1));
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("filter-to"))
                .setValue(day.plusDays(1));
        @SuppressWarnings("unchecked")
        ComboBox<WijkItem> wijken = _get(ComboBox.class, spec -> spec.withId("filter-wijk"));
        wijken.setValue(directory.allWijken().stream().filter(w -> w.id() == wijk).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("figure-bereik")).getText()).isEqualTo("6");
        assertThat(shownAndDownloaded()).doesNotContain("Zichtouder", "zichtoudera@ouder.example");

        var range = com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("van", day.minusDays(1).toString(),
                "tot", day.plusDays(1).toString()));
        UI.getCurrent().navigate("monitoring/wijk/" + wijk, range);
        assertThat(_find(WijkMonitoringView.class)).hasSize(1);
        assertThat(_get(Grid.class, spec -> spec.withId("wijk-groups")).getGenericDataView().getItems().count())
                .isEqualTo(1);
        assertThat(shownAndDownloaded()).contains("Bekijkgroep").doesNotContain("Zichtouder");
        UI.getCurrent().navigate("monitoring/groep/" + group, range);
        assertThat(_find(GroupMonitoringView.class)).hasSize(1);
        assertThat(_get(Span.class, spec -> spec.withId("figure-opkomst")).getText()).isEqualTo("100%");
        assertThat(shownAndDownloaded()).contains("Bekijkgroep").doesNotContain("Zichtouder");
        UI.getCurrent().navigate("monitoring/groep/999999999");
        assertThat(_find(GroupMonitoringView.class)).isEmpty();
    }

    @Test
    void period_and_filters_live_in_the_url_and_a_drill_down_shows_them_with_a_way_to_drop_them() {
        KnownData k = new KnownData(jdbc);
        long wijk = k.wijk("Adreswijk " + System.nanoTime());
        long theme = k.theme("echtscheiding");
        loginAs("Joost", Role.ADVISEUR);
        var query = com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("periode", "eigen", "van",
                "2025-01-15", "tot", "2025-03-20", "wijk", String.valueOf(wijk), "thema", String.valueOf(theme)));
        UI.getCurrent().navigate("monitoring", query);
        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("filter-period"))
                .getValue()).isEqualTo(PeriodChoice.CUSTOM);
        assertThat(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("filter-from"))
                .getValue()).isEqualTo(LocalDate.of(2025, 1, 15));
        @SuppressWarnings("unchecked")
        ComboBox<WijkItem> wijken = _get(ComboBox.class, spec -> spec.withId("filter-wijk"));
        assertThat(wijken.getValue().id()).isEqualTo(wijk);
        @SuppressWarnings("unchecked")
        ComboBox<ThemeItem> themes = _get(ComboBox.class, spec -> spec.withId("filter-theme"));
        assertThat(themes.getValue().id()).isEqualTo(theme);
        javaScriptParameters();
        themes.setValue(null);
        assertThat(javaScriptParameters()).as("the address follows the filters, Back returns to them")
                .anySatisfy(p -> assertThat(String.valueOf(p)).contains("monitoring?periode=eigen&van=2025-01-15"
                        + "&tot=2025-03-20&wijk=" + wijk).doesNotContain("thema"));

        UI.getCurrent().navigate("monitoring/wijk/" + wijk, query);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("back-to-dashboard"))
                .getHref()).isEqualTo("monitoring?periode=eigen&van=2025-01-15&tot=2025-03-20&wijk=" + wijk
                        + "&thema=" + theme);
        assertThat(_get(Span.class, spec -> spec.withId("filter-chip-theme")).getElement().getTextRecursively())
                .startsWith("Thema: Echtscheiding");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("drop-theme")).getHref())
                .isEqualTo("monitoring/wijk/" + wijk + "?periode=eigen&van=2025-01-15&tot=2025-03-20&wijk=" + wijk);
        assertThat(_get(Span.class, spec -> spec.withId("selection-period")).getText()).contains("2025");
    }

    @Test
    void a_row_where_a_group_could_start_opens_the_signals_behind_it() {
        KnownData k = new KnownData(jdbc);
        long wijk = k.wijk("Signaalwijk " + System.nanoTime());
        long theme = k.theme("schoolverzuim");
        k.signal(theme, wijk, 40, LocalDate.now(clock.withZone(nl.groepskracht.base.AppZone.ID)).minusDays(3), "OPEN");
        loginAs("Joost", Role.ADVISEUR);
        UI.getCurrent().navigate("monitoring");
        @SuppressWarnings("unchecked")
        Grid<MonitoringViews.UnmetDemand> unmet = _get(Grid.class, spec -> spec.withId("unmet-demand"));
        int row = unmet.getGenericDataView().getItems().toList().indexOf(unmet.getGenericDataView().getItems()
                .filter(u -> u.wijkId() == wijk).findFirst().orElseThrow());
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(unmet, row);
        assertThat(_find(DemandSignalsView.class)).hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<WijkItem> shownWijk = _get(ComboBox.class, spec -> spec.withId("signal-filter-wijk"));
        assertThat(shownWijk.getValue().id()).isEqualTo(wijk);
        @SuppressWarnings("unchecked")
        Grid<nl.groepskracht.monitoring.DemandSignalItem> list = _get(Grid.class, spec -> spec.withId("signals"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(list)).isEqualTo(1);
    }

    @Test
    void the_adviseur_makes_a_verwijslink_for_any_group_from_its_figures() {
        KnownData k = new KnownData(jdbc);
        long wijk = k.wijk("Verwijswijk " + System.nanoTime());
        LocalDate day = LocalDate.now(clock.withZone(nl.groepskracht.base.AppZone.ID)).minusDays(10);
        long group = k.group("Verwijsgroep " + System.nanoTime(), wijk, k.theme("overgewicht"), 8, day, day);
        loginAs("Joost", Role.ADVISEUR);
        UI.getCurrent().navigate("monitoring/groep/" + group);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("make-referral")).getHref())
                .isEqualTo("groepen/" + group + "/verwijslinks");
        UI.getCurrent().navigate("groepen/" + group + "/verwijslinks");
        assertThat(_find(nl.groepskracht.signup.ui.ReferralLinksView.class)).hasSize(1);
        @SuppressWarnings("unchecked")
        ComboBox<nl.groepskracht.directory.OrganisationItem> organisation = _get(ComboBox.class,
                spec -> spec.withId("referral-organisation"));
        organisation.setValue(directory.allOrganisations().getFirst());
        _click(_get(Button.class, spec -> spec.withId("create-referral")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM signup_referral_link WHERE group_id = ?", Integer.class,
                group)).isEqualTo(1);
        assertThat(allText()).doesNotContain(getTranslationOf("participant.back"));
    }

    private static String getTranslationOf(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static List<Object> javaScriptParameters() {
        var internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream()).toList();
    }

    @Test
    void a_facilitator_records_a_demand_signal_and_closes_it_when_taken_up() {
        loginAs("Fatima", Role.FACILITATOR);
        UI.getCurrent().navigate("signalen");
        assertThat(_find(DemandSignalsView.class)).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("new-signal")));
        @SuppressWarnings("unchecked")
        ComboBox<ThemeItem> theme = _get(ComboBox.class, spec -> spec.withId("signal-theme"));
        theme.setValue(directory.allThemes().getFirst());
        @SuppressWarnings("unchecked")
        ComboBox<WijkItem> wijk = _get(ComboBox.class, spec -> spec.withId("signal-wijk"));
        wijk.setValue(directory.allWijken().getFirst());
        @SuppressWarnings("unchecked")
        ComboBox<nl.groepskracht.directory.OrganisationItem> source = _get(ComboBox.class,
                spec -> spec.withId("signal-organisation"));
        source.setValue(directory.allOrganisations().getFirst());
        _get(IntegerField.class, spec -> spec.withId("signal-families")).setValue(0);
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("signal-families")).isInvalid())
                .as("at least one family").isTrue();
        _get(IntegerField.class, spec -> spec.withId("signal-families")).setValue(7);
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_find(IntegerField.class, spec -> spec.withId("signal-families"))).isEmpty();
        long id = jdbc.queryForObject("SELECT MAX(id) FROM monitoring_demand_signal", Long.class);
        assertThat(jdbc.queryForObject("SELECT status FROM monitoring_demand_signal WHERE id = ?", String.class, id))
                .isEqualTo("OPEN");
        WithRole.as(Roles.FACILITATOR, () -> signals.close(id));
        assertThat(jdbc.queryForObject("SELECT status FROM monitoring_demand_signal WHERE id = ?", String.class, id))
                .isEqualTo("CLOSED");
        assertThatThrownBy(() -> WithRole.as(Roles.ADMIN, () -> signals.close(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Everything the page shows (texts, labels, every grid cell) and every CSV file it offers. */
    @SuppressWarnings("unchecked")
    private static String shownAndDownloaded() {
        List<Component> all = descendants(UI.getCurrent()).toList();
        String texts = allText();
        String cells = all.stream().filter(Grid.class::isInstance).map(c -> (Grid<Object>) c)
                .flatMap(grid -> java.util.stream.IntStream.range(0, GridKt._size(grid))
                        .mapToObj(row -> String.join(" ", GridKt._getFormattedRow(grid, row))))
                .collect(Collectors.joining(" "));
        List<com.vaadin.flow.component.html.Anchor> csvLinks = all.stream()
                .filter(com.vaadin.flow.component.html.Anchor.class::isInstance)
                .map(c -> (com.vaadin.flow.component.html.Anchor) c)
                .filter(a -> a.getId().orElse("").startsWith("csv-")).toList();
        assertThat(csvLinks).as("the page offers its tables as CSV").isNotEmpty();
        String files = csvLinks.stream().map(a -> new String(DownloadKt._download(a),
                java.nio.charset.StandardCharsets.UTF_8)).collect(Collectors.joining(" "));
        assertThat(files).as("the CSV files hold the tables").contains(";");
        return texts + " " + cells + " " + files;
    }

    /** Every text and label the page shows. */
    private static String allText() {
        return descendants(UI.getCurrent()).map(c -> c.getElement().getText() + " " + c.getElement()
                .getProperty("label", "")).collect(Collectors.joining(" "));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(MonitoringViewTest::descendants));
    }
}
