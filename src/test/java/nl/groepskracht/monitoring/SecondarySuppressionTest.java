package nl.groepskracht.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.evaluation.ImpactReport;
import nl.groepskracht.evaluation.ImpactReports;
import nl.groepskracht.monitoring.MonitoringViews.Dashboard;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.SpreadsheetFiles;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Secondary suppression across all views of one period: everything the dashboard (unfiltered and
 * filtered on each wijk, theme, wijk × theme and an organisation), the drill-downs, the group pages,
 * the months and the impact report show of {@link SmallCity} goes to an attacker ({@link Differencing}),
 * who treats every number as the sum of its groups and tries to solve for each hidden one: none is
 * recoverable, for reach and for every share.
 */
@SmtpAndClockTest
class SecondarySuppressionTest {

    private static final Map<String, Function<Figures, Figure>> MEASURES = Map.of("bereik", Figures::bereik,
            "opkomst", Figures::opkomst, "afgemeld", Figures::afgemeld, "uitval", Figures::uitval, "no-show",
            Figures::noShow, "vulling", Figures::vulling, "waiting", Figures::waiting);

    static SmallCity city;

    @Autowired
    MonitoringService monitoring;
    @Autowired
    MonitoringExports exports;
    @Autowired
    ImpactReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    /** A number shown (or hidden) somewhere, over a set of groups. */
    record Shown(String where, List<Long> groups, Figures figures) {
    }

    @BeforeEach
    void city() {
        if (city == null) {
            city = new SmallCity(new KnownData(jdbc), LocalDate.now(clock.withZone(AppZone.ID)));
        }
        new KnownData(jdbc).rebuild();
    }

    private static <T> T adviseur(Supplier<T> call) {
        return WithRole.as(Roles.ADVISEUR, call);
    }

    @Test
    void no_hidden_number_of_a_period_can_be_solved_from_everything_its_views_and_report_show() {
        List<Shown> numbers = everythingShown();
        assertThat(numbers.stream().filter(n -> n.groups().equals(List.of(city.small))))
                .as("the group of 3 families, wherever it appears").isNotEmpty()
                .allSatisfy(n -> assertThat(n.figures().bereik().hidden()).as(n.where()).isTrue());
        long hidden = numbers.stream().filter(n -> n.figures().bereik().hidden()).count();
        assertThat(hidden).as("more hidden than the two small groups' own numbers").isGreaterThan(2);
        assertThat(numbers.stream().filter(n -> n.where().equals("dashboard total")))
                .allSatisfy(n -> assertThat(n.figures().bereik().hidden()).isFalse());
        MEASURES.forEach((measure, figure) -> assertNothingSolvable(measure, numbers, figure));
    }

    @Test
    void no_hidden_month_can_be_solved_from_the_month_rows_of_all_views() {
        Map<YearMonth, List<Map.Entry<List<Long>, Figure>>> perMonth = new HashMap<>();
        List<MonitoringFilter> selections = new ArrayList<>(List.of(city.period()));
        for (long wijk : List.of(city.wijkA, city.wijkB, city.wijkC)) {
            selections.add(city.period().withWijk(wijk));
        }
        for (long theme : List.of(city.overgewicht, city.echtscheiding, city.schoolverzuim)) {
            selections.add(city.period().withTheme(theme));
        }
        city.groups.keySet().forEach(g -> selections.add(city.period().withGroup(g)));
        for (MonitoringFilter selection : selections) {
            List<Long> groups = selection.groupId() != null ? List.of(selection.groupId())
                    : city.groupsOf(selection.wijkId(), selection.themeId());
            adviseur(() -> monitoring.trends(selection)).forEach(point -> perMonth.computeIfAbsent(point.month(),
                    m -> new ArrayList<>()).add(Map.entry(groups, point.bereik())));
        }
        assertThat(perMonth).isNotEmpty();
        perMonth.forEach((month, rows) -> {
            var attacker = new Differencing();
            rows.stream().filter(r -> !r.getValue().hidden()).forEach(r -> attacker.shown(r.getKey()));
            rows.stream().filter(r -> r.getValue().hidden()).forEach(r -> assertThat(attacker.solves(r.getKey()))
                    .as("hidden reach of %s in %s solved", r.getKey(), month).isFalse());
            assertThat(rows.stream().filter(r -> r.getKey().equals(List.of(city.small)) && r.getValue().value() > 0))
                    .allSatisfy(r -> assertThat(r.getValue().hidden()).isTrue());
        });
    }

    @Test
    void the_report_and_the_csv_show_what_the_dashboard_shows() {
        Dashboard dashboard = adviseur(() -> monitoring.dashboard(city.period()));
        ImpactReport report = adviseur(() -> reports.report(city.from, city.to, Set.of(), Set.of(), Locale.of("nl")));
        assertThat(report.perTheme()).hasSize(4).allSatisfy(row -> assertThat(row.figures()).as(row.name())
                .isEqualTo(dashboard.matrix().themeTotals().get(row.id())));
        assertThat(report.perWijk()).hasSize(3).allSatisfy(row -> assertThat(row.figures()).as(row.name())
                .isEqualTo(dashboard.matrix().rows().stream().filter(r -> r.wijkId() == row.id()).findFirst()
                        .orElseThrow().total()));
        Figures headline = dashboard.headline();
        Locale dutch = Locale.of("nl");
        ImpactReport wijkA = adviseur(() -> reports.report(city.from, city.to, Set.of(city.wijkA), Set.of(), dutch));
        Dashboard shownForA = adviseur(() -> monitoring.dashboard(city.period().withWijk(city.wijkA)));
        assertThat(wijkA.perTheme()).hasSize(3).allSatisfy(row -> assertThat(row.figures()).as(row.name())
                .isEqualTo(shownForA.matrix().themeTotals().get(row.id())));
        assertThat(wijkA.perTheme()).as("wijk A's large group hidden by secondary suppression: 15 − 12 would give"
                + " the small group's 3").anySatisfy(row -> {
                    assertThat(row.id()).isEqualTo(city.overgewicht);
                    assertThat(row.figures().bereik().families()).isEqualTo(12);
                    assertThat(row.figures().bereik().text(dutch)).isEqualTo("afgeschermd");
                });
        assertThat(report.keyFigures()).extracting(ImpactReport.KeyFigure::id, ImpactReport.KeyFigure::now)
                .contains(org.assertj.core.groups.Tuple.tuple("groups", headline.groups().text(dutch)),
                        org.assertj.core.groups.Tuple.tuple("sessions", headline.sessionsHeld().text(dutch)),
                        org.assertj.core.groups.Tuple.tuple("bereik", headline.bereik().text(dutch)),
                        org.assertj.core.groups.Tuple.tuple("opkomst", headline.opkomst().text(dutch)),
                        org.assertj.core.groups.Tuple.tuple("uitval", headline.uitval().text(dutch)),
                        org.assertj.core.groups.Tuple.tuple("vulling", headline.vulling().text(dutch)),
                        org.assertj.core.groups.Tuple.tuple("waiting", headline.waiting().text(dutch)));
        var csv = SpreadsheetFiles.table(adviseur(() -> exports.matrix(city.period(), Locale.of("nl"))).content());
        int bereik = csv.getFirst().indexOf("Bereik (gezinnen)");
        dashboard.matrix().rows().forEach(row -> row.cells().values().forEach(cell -> {
            String theme = dashboard.matrix().themes().stream().filter(t -> t.themeId() == cell.themeId())
                    .findFirst().orElseThrow().theme();
            assertThat(csv).anySatisfy(line -> assertThat(line).startsWith(row.wijk(), theme)
                    .satisfies(l -> assertThat(l.get(bereik)).isEqualTo(cell.figures().bereik().text(Locale.of("nl")))));
        }));
    }

    private List<Shown> everythingShown() {
        List<Shown> numbers = new ArrayList<>();
        dashboard("dashboard", city.period(), null, null, numbers);
        for (long wijk : List.of(city.wijkA, city.wijkB, city.wijkC)) {
            dashboard("wijk " + wijk, city.period().withWijk(wijk), wijk, null, numbers);
            adviseur(() -> monitoring.groups(city.period().withWijk(wijk))).forEach(g -> numbers.add(new Shown(
                    "drill-down " + g.name(), List.of(g.groupId()), g.figures())));
            for (long theme : List.of(city.overgewicht, city.echtscheiding, city.schoolverzuim)) {
                dashboard("cell " + wijk + "/" + theme, city.period().withWijk(wijk).withTheme(theme), wijk, theme,
                        numbers);
            }
        }
        for (long theme : List.of(city.overgewicht, city.echtscheiding, city.schoolverzuim, city.spelinloop)) {
            dashboard("theme " + theme, city.period().withTheme(theme), null, theme, numbers);
        }
        var organisation = new MonitoringFilter(city.from, city.to, null, null, city.organisation, null);
        numbers.add(new Shown("organisation", List.of(city.large, city.b8), adviseur(() ->
                monitoring.headline(organisation))));
        city.groups.keySet().forEach(g -> numbers.add(new Shown("group page " + g, List.of(g),
                adviseur(() -> monitoring.group(city.period(), g)).figures())));
        for (Set<Long> wijken : List.of(Set.<Long>of(), Set.of(city.wijkA, city.wijkB), Set.of(city.wijkB,
                city.wijkC))) {
            var selection = city.period().within(wijken, Set.of());
            var tables = adviseur(() -> monitoring.tables(selection));
            List<Long> all = city.groups.keySet().stream().filter(g -> wijken.isEmpty()
                    || wijken.contains(city.groups.get(g)[0])).toList();
            numbers.add(new Shown("report " + wijken, all, tables.total()));
            tables.perTheme().forEach(row -> numbers.add(new Shown("report theme " + row.name(), all.stream()
                    .filter(g -> city.groups.get(g)[1] == row.id()).toList(), row.figures())));
            tables.perWijk().forEach(row -> numbers.add(new Shown("report wijk " + row.name(), all.stream()
                    .filter(g -> city.groups.get(g)[0] == row.id()).toList(), row.figures())));
        }
        return numbers;
    }

    /** The headline, every cell and every total of the dashboard for a selection. */
    private void dashboard(String name, MonitoringFilter filter, Long wijk, Long theme, List<Shown> numbers) {
        Dashboard dashboard = adviseur(() -> monitoring.dashboard(filter));
        numbers.add(new Shown(name + " total", city.groupsOf(wijk, theme), dashboard.headline()));
        dashboard.matrix().rows().forEach(row -> {
            numbers.add(new Shown(name + " row " + row.wijk(), city.groupsOf(row.wijkId(), theme), row.total()));
            row.cells().values().forEach(cell -> numbers.add(new Shown(name + " cell", city.groupsOf(cell.wijkId(),
                    cell.themeId()), cell.figures())));
        });
        dashboard.matrix().themeTotals().forEach((t, figures) -> numbers.add(new Shown(name + " theme " + t,
                city.groupsOf(wijk, t), figures)));
    }

    private static void assertNothingSolvable(String measure, List<Shown> numbers, Function<Figures, Figure> figure) {
        var attacker = new Differencing();
        numbers.stream().filter(n -> !figure.apply(n.figures()).hidden() && !n.groups().isEmpty())
                .forEach(n -> attacker.shown(n.groups()));
        numbers.stream().filter(n -> figure.apply(n.figures()).hidden()).forEach(n -> assertThat(
                attacker.solves(n.groups())).as("hidden %s of %s %s solved", measure, n.where(), n.groups()).isFalse());
    }
}
