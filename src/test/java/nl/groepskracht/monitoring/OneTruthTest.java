package nl.groepskracht.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.CsvFile;
import nl.groepskracht.evaluation.ImpactReport;
import nl.groepskracht.evaluation.ImpactReports;
import nl.groepskracht.monitoring.MonitoringViews.Cell;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.GroupLine;
import nl.groepskracht.monitoring.MonitoringViews.Matrix;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.SpreadsheetFiles;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One truth across views (issue 17), on {@link SmallCity}: walk-ins in matrix, drill-down, months,
 * report and CSV; vulling with a refilled place; the waiting list of a group that is over; a period that
 * starts and ends mid-month; a share resting on one family; what a CSV says it holds.
 */
@SmtpAndClockTest
class OneTruthTest {

    static SmallCity city;

    @Autowired
    MonitoringService monitoring;
    @Autowired
    MonitoringExports exports;
    @Autowired
    ImpactReports reports;
    @Autowired
    VerdictExports verdicts;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

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
    void walk_in_visits_stand_beside_reach_in_the_matrix_drill_down_months_report_and_csv() {
        Matrix matrix = adviseur(() -> monitoring.matrix(city.period()));
        Cell cell = matrix.rows().stream().filter(r -> r.wijkId() == city.wijkA).findFirst().orElseThrow().cells()
                .get(city.spelinloop);
        assertThat(cell.figures().walkInAdults().value()).isEqualTo(11);
        assertThat(cell.figures().walkInChildren().value()).isEqualTo(16);
        assertThat(cell.figures().walkInSessions().value()).isEqualTo(2);
        assertThat(cell.figures().bereik().text(Locale.of("nl"))).as("no reach to count, not 0").isEqualTo("–");
        assertThat(matrix.themeTotals().get(city.spelinloop).walkInAdults().value()).isEqualTo(11);

        GroupLine walkIn = adviseur(() -> monitoring.groups(city.period().withWijk(city.wijkA))).stream()
                .filter(g -> g.groupId() == city.walkIn).findFirst().orElseThrow();
        assertThat(walkIn.walkIn()).isTrue();
        assertThat(walkIn.figures().sessionsHeld().value()).isEqualTo(2);
        assertThat(walkIn.figures().bereik().text(Locale.of("nl"))).isEqualTo("–");
        assertThat(walkIn.figures().walkInAdults().value()).isEqualTo(11);

        List<TrendPoint> months = adviseur(() -> monitoring.trends(city.period().withGroup(city.walkIn)));
        assertThat(months.stream().mapToDouble(p -> p.walkInAdults().value()).sum()).isEqualTo(11);
        assertThat(months.stream().mapToDouble(p -> p.walkInChildren().value()).sum()).isEqualTo(16);

        ImpactReport report = adviseur(() -> reports.report(city.from, city.to, Set.of(city.wijkA),
                Set.of(city.spelinloop), Locale.of("nl")));
        assertThat(report.perTheme()).singleElement().satisfies(row -> {
            assertThat(row.figures().walkInAdults().value()).isEqualTo(11);
            assertThat(row.figures().walkInChildren().value()).isEqualTo(16);
            assertThat(row.figures().bereik().text(Locale.of("nl"))).isEqualTo("–");
        });
        assertThat(report.perWijk()).singleElement().satisfies(row -> assertThat(row.figures().walkInAdults()
                .value()).isEqualTo(11));
        assertThat(report.keyFigures()).anySatisfy(f -> assertThat(f.id() + " " + f.now()).isEqualTo(
                "walk-in 11 / 16"));
        assertThat(report.keyFigures()).anySatisfy(f -> assertThat(f.id() + " " + f.now()).isEqualTo(
                "walk-in-sessions 2"));
        assertThat(report.summary().getFirst()).as("a walk-in never reads as reaching nobody")
                .endsWith("kwam alleen de vrije inloop bijeen, zonder aanmelding en dus zonder gezinnen om te"
                        + " tellen: 11 bezoeken van volwassenen en 16 van kinderen, in 2 inloopbijeenkomsten.")
                .doesNotContain("0 gezinnen", "– gezinnen");

        var csv = SpreadsheetFiles.table(adviseur(() -> exports.matrix(city.period(), Locale.of("nl"))).content());
        List<String> header = csv.getFirst();
        List<String> row = csv.stream().filter(r -> r.get(0).startsWith("Stadwijk A") && r.get(1).startsWith("Spelinloop"))
                .findFirst().orElseThrow();
        assertThat(row.get(header.indexOf("Inloopbezoeken (volwassenen)"))).isEqualTo("11");
        assertThat(row.get(header.indexOf("Inloopbezoeken (kinderen)"))).isEqualTo("16");
        assertThat(header).contains("Bereik per 1.000 huishoudens met kinderen", "Groepen met een bijeenkomst",
                "Groepen open of lopend");
    }

    @Test
    void vulling_counts_a_refilled_place_once_and_never_exceeds_a_hundred_percent() {
        Figures large = adviseur(() -> monitoring.group(city.period(), city.large)).figures();
        assertThat(large.vulling().value()).as("11 places, at most 11 taken at once, 12 families over time")
                .isEqualTo(1.0);
        assertThat(large.laterPlaces().value()).as("the place refilled from the waiting list").isEqualTo(1);
        assertThat(large.bereik().value()).isEqualTo(12);
    }

    @Test
    void the_waiting_list_counts_only_groups_that_can_still_give_a_place() {
        Figures c = adviseur(() -> monitoring.headline(city.period().withWijk(city.wijkC)));
        assertThat(c.waiting().value()).as("6 for the open group; not the 2 left on the list of the group that is over")
                .isEqualTo(6);
        var unmet = adviseur(() -> monitoring.unmetDemand(city.period()));
        assertThat(unmet).noneMatch(u -> u.wijkId() == city.wijkC && u.themeId() == city.schoolverzuim
                && u.waiting().value() == 8);
    }

    @Test
    void a_period_that_starts_and_ends_mid_month_clips_every_month_row_to_its_days() {
        var wijkB = city.period().withWijk(city.wijkB);
        Figures whole = adviseur(() -> monitoring.headline(wijkB));
        List<TrendPoint> months = adviseur(() -> monitoring.trends(wijkB));
        assertThat(whole.bereik().value()).as("the groups of 8 and 9; not the one that met before the 15th")
                .isEqualTo(17);
        assertThat(months.getFirst().first()).isEqualTo(city.from);
        assertThat(months.getFirst().last()).isEqualTo(city.firstMonth.atEndOfMonth());
        assertThat(months.getLast().last()).isEqualTo(city.to);
        assertThat(months).allSatisfy(m -> assertThat(m.bereik().value()).isLessThanOrEqualTo(17));
        assertThat(months.getFirst().bereik().value()).isEqualTo(17);
        assertThat(MonthLabel.of(months.getFirst(), Locale.of("nl"), false)).startsWith("15–");
    }

    @Test
    void a_share_that_rests_on_one_family_is_hidden_like_the_count() {
        Figure oneOfTwelve = Figure.share(1, 12, 12, 1);
        assertThat(oneOfTwelve.hidden()).as("uitval 8 %% of 12 families is one family").isTrue();
        assertThat(oneOfTwelve.text(Locale.of("nl"))).isEqualTo("afgeschermd");
        Figures a = adviseur(() -> monitoring.headline(city.period().withWijk(city.wijkA)));
        assertThat(a.bereik().value()).isEqualTo(15);
        assertThat(a.bereik().hidden()).isFalse();
        assertThat(a.uitval().value()).as("1 of 15 places").isEqualTo(1.0 / 15);
        assertThat(a.uitval().text(Locale.of("nl"))).as("one family dropped out").isEqualTo("afgeschermd");
        assertThat(a.opkomst().hidden()).as("resting on 15 families, all of whom came").isFalse();
        assertThat(a.noShow().text(Locale.of("nl"))).as("none of 15: 0 stays 0").isEqualTo("0%");
    }

    @Test
    void a_csv_says_in_its_name_and_first_lines_what_it_holds_and_its_months_stay_text() {
        var filter = city.period().withWijk(city.wijkB);
        CsvFile file = adviseur(() -> exports.trends(filter, Locale.of("nl")));
        assertThat(file.name()).matches("per-maand_" + city.from + "_" + city.to + "_wijk-stadwijk-b-\\d+\\.csv");
        List<String> preamble = SpreadsheetFiles.preamble(file.content());
        assertThat(preamble.get(0)).isEqualTo("Groepskracht · per maand (elke maand alleen de dagen in de periode,"
                + " tot en met vandaag)");
        assertThat(preamble.get(1)).startsWith("Periode: 15 ");
        assertThat(preamble.get(2)).startsWith("Selectie: Wijk: Stadwijk B").contains("Thema: alle");
        assertThat(preamble.get(3)).startsWith("Gemaakt op ");
        assertThat(preamble.get(4)).as("what a hidden figure means").startsWith("Afgeschermd: minder dan 5 gezinnen,"
                + " of afgeschermd zodat een afgeschermd aantal niet met de andere cijfers van deze periode uit te"
                + " rekenen is.");
        var rows = SpreadsheetFiles.table(file.content());
        assertThat(rows.get(1).getFirst()).as("a month Excel keeps as text").matches("\\d+–\\d+ \\S+ \\d{4}");
        assertThat(rows.getLast().getFirst()).isEqualTo("Hele periode (elk gezin één keer)");
        assertThat(rows.getLast().get(1)).isEqualTo("17");
    }

    @Test
    void parents_scores_download_per_group_and_per_theme() {
        CsvFile perGroup = adviseur(() -> verdicts.perGroup(city.period(), Locale.of("nl")));
        assertThat(perGroup.name()).startsWith("oordeel-per-groep_" + city.from + "_" + city.to);
        assertThat(SpreadsheetFiles.preamble(perGroup.content()).get(4)).as("what '< 5' means here")
                .startsWith("\"< 5\": minder dan 5 ouders vulden de evaluatie in");
        var rows = SpreadsheetFiles.table(perGroup.content());
        assertThat(rows.getFirst()).startsWith("Groep", "Thema", "Wijk", "Antwoorden van ouders", "Nut");
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("5", "4,4")
                .satisfies(l -> assertThat(l.get(0)).startsWith("Groep negen")));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("< 5", "n < 5")
                .satisfies(l -> assertThat(l.get(0)).startsWith("Groep zeven")));
        var themes = SpreadsheetFiles.table(adviseur(() -> verdicts.perTheme(city.period(), Locale.of("nl")))
                .content());
        assertThat(themes).anySatisfy(r -> assertThat(r.get(0) + ";" + r.get(2)).isEqualTo(
                "Echtscheiding en veranderend ouderschap;4,4"));
    }
}
