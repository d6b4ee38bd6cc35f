package nl.groepskracht.monitoring;

import static nl.groepskracht.monitoring.KnownData.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.groepskracht.base.Roles;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.MatrixRow;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.SpreadsheetFiles;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure on a small known history: a group with a cancelled session, excused and absent
 * parents, a late joiner from the waiting list, a drop-out, someone who left before the start, an
 * anonymised parent and one who never came; a walk-in group; a group spanning two periods (the same
 * family as in the first group); and a wijk with three families ("&lt; 5").
 */
@SmtpAndClockTest
class MonitoringFiguresTest {

    private static Data data;

    @Autowired
    MonitoringService monitoring;
    @Autowired
    MonitoringExports exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    record Data(LocalDate base, long wijk, long smallWijk, long overgewicht, long schoolverzuim, long echtscheiding,
            long g1, long organisation) {
    }

    @BeforeEach
    void knownHistory() {
        if (data == null) {
            data = build(new KnownData(jdbc), LocalDate.ofInstant(clock.instant(), nl.groepskracht.base.AppZone.ID)
                    .minusDays(300));
        }
        new KnownData(jdbc).rebuild();
    }

    private static Data build(KnownData k, LocalDate base) {
        long wijk = k.wijk("Toetswijk " + System.nanoTime());
        long small = k.wijk("Kleine toetswijk " + System.nanoTime());
        long overgewicht = k.theme("overgewicht");
        long echtscheiding = k.theme("echtscheiding");
        long schoolverzuim = k.theme("schoolverzuim");
        k.households(wijk, base.getYear() - 1, 2000);

        long g1 = k.group("Toetsgroep een " + System.nanoTime(), wijk, overgewicht, 8, base.plusDays(7), base.plusDays(42));
        long[] s = new long[6];
        for (int i = 0; i < 6; i++) {
            s[i] = k.session(g1, base.plusDays(7 * (i + 1)), i == 3);
        }
        String p1Family = k.family();
        var before = at(base, 10);
        long p1 = k.place(g1, p1Family, "Ouderanna", "CONFIRMED", before, null, null, "JGZ");
        long p2 = k.place(g1, k.family(), "Ouderbert", "CANCELLED", before, null, at(base.plusDays(15), 12), "JGZ");
        long p3 = k.place(g1, k.family(), "Oudercem", "CONFIRMED", before, null, null, "SCHOOL");
        long p4 = k.place(g1, k.family(), "Ouderdina", "CONFIRMED", before, null, null, null);
        long p5 = k.place(g1, k.family(), "Oudereef", "CONFIRMED", before, null, null, null);
        long p6 = k.place(g1, k.family(), null, "CONFIRMED", before, null, null, null);
        k.place(g1, k.family(), "Ouderfemke", "CANCELLED", before, null, at(base.plusDays(3), 12), null);
        long p8 = k.place(g1, k.family(), "Ouderguus", "CONFIRMED", at(base.plusDays(20), 12), at(base, 11), null, null);
        String[][] marks = {{"P", "P", "E", "P", "A", "P", null}, {"P", "A", "P", "P", "A", "E", null},
                {"P", null, "P", "A", "A", "P", "P"}, null, {"P", null, "P", "P", "A", "P", "E"},
                {"A", null, "P", "P", "A", "P", "P"}};
        long[] parents = {p1, p2, p3, p4, p5, p6, p8};
        for (int i = 0; i < 6; i++) {
            for (int j = 0; marks[i] != null && j < parents.length; j++) {
                if (marks[i][j] != null) {
                    k.mark(s[i], parents[j], switch (marks[i][j]) {
                        case "P" -> "PRESENT";
                        case "E" -> "EXCUSED";
                        default -> "ABSENT";
                    });
                }
            }
        }
        long g2 = k.group("Toetsinloop " + System.nanoTime(), wijk, k.theme("spelinloop"), null, base.plusDays(10),
                base.plusDays(17));
        k.headCount(k.session(g2, base.plusDays(10), false), 6, 9);
        k.headCount(k.session(g2, base.plusDays(17), false), 4, 5);

        long g3 = k.group("Toetsgroep twee perioden " + System.nanoTime(), wijk, echtscheiding, 10, base.plusDays(90),
                base.plusDays(125));
        long[] q = {k.place(g3, p1Family, "Ouderanna", "CONFIRMED", at(base.plusDays(80), 10), null, null, null),
                k.place(g3, k.family(), "Ouderhans", "CONFIRMED", at(base.plusDays(80), 10), null, null, null),
                k.place(g3, k.family(), "Ouderineke", "CONFIRMED", at(base.plusDays(80), 10), null, null, null),
                k.place(g3, k.family(), "Ouderjoop", "CONFIRMED", at(base.plusDays(80), 10), null, null, null),
                k.place(g3, k.family(), "Ouderkees", "CONFIRMED", at(base.plusDays(80), 10), null, null, null)};
        for (int i = 0; i < 6; i++) {
            long session = k.session(g3, base.plusDays(90 + 7 * i), false);
            for (int j = 0; j < q.length; j++) {
                k.mark(session, q[j], j == 4 && i > 0 ? "ABSENT" : "PRESENT");
            }
        }

        long g4 = k.group("Kleine toetsgroep " + System.nanoTime(), small, overgewicht, 6, base.plusDays(30),
                base.plusDays(30));
        long t = k.session(g4, base.plusDays(30), false);
        for (int i = 0; i < 3; i++) {
            k.mark(t, k.place(g4, k.family(), "Ouderklein" + (char) ('a' + i), "CONFIRMED", before, null, null, null),
                    i == 0 ? "ABSENT" : "PRESENT");
        }
        k.signal(schoolverzuim, small, 6, base.plusDays(5), "OPEN");
        k.signal(overgewicht, wijk, 4, base.plusDays(5), "OPEN");
        k.signal(echtscheiding, small, 9, base.plusDays(5), "CLOSED");
        long organisation = k.facilitatedFrom(g1, "Toetsorganisatie " + System.nanoTime());
        return new Data(base, wijk, small, overgewicht, schoolverzuim, echtscheiding, g1, organisation);
    }

    private MonitoringFilter periodA() {
        return MonitoringFilter.period(data.base(), data.base().plusDays(99)).withWijk(data.wijk());
    }

    private MonitoringFilter periodB() {
        return MonitoringFilter.period(data.base().plusDays(100), data.base().plusDays(199)).withWijk(data.wijk());
    }

    private Figures headline(MonitoringFilter filter) {
        return WithRole.as(Roles.ADVISEUR, () -> monitoring.headline(filter));
    }

    @Test
    void reach_counts_families_once_with_anonymised_parents_and_walk_ins_beside_it() {
        Figures a = headline(periodA());
        assertThat(a.bereik().value()).as("P1-P6, P8 and four new families of the second group").isEqualTo(11);
        assertThat(a.walkInAdults().value()).isEqualTo(10);
        assertThat(a.walkInChildren().value()).isEqualTo(14);
        assertThat(a.sessionsHeld().value()).as("the cancelled session is not held").isEqualTo(9);
        assertThat(a.groups().value()).isEqualTo(3);
        assertThat(a.perThousandHouseholds().value()).as("11 of 2 000 households").isEqualTo(5.5);
    }

    @Test
    void the_organisation_filter_keeps_the_groups_one_of_whose_facilitators_works_there() {
        var filter = new MonitoringFilter(data.base(), data.base().plusDays(99), null, null, data.organisation(), null);
        Figures figures = headline(filter);
        assertThat(figures.bereik().value()).isEqualTo(7);
        assertThat(figures.groups().value()).isEqualTo(1);
        var theme = new MonitoringFilter(data.base(), data.base().plusDays(99), data.wijk(), data.echtscheiding(), null,
                null);
        assertThat(headline(theme).bereik().value()).as("only the group spanning two periods").isEqualTo(5);
    }

    @Test
    void opkomst_is_present_of_expected_per_session_with_excused_beside_it() {
        Figures a = headline(periodA());
        assertThat(a.opkomst().value()).isEqualTo(28.0 / 40);
        assertThat(a.afgemeld().value()).isEqualTo(3.0 / 40);
        Figures b = headline(periodB());
        assertThat(b.opkomst().value()).isEqualTo(16.0 / 20);
        assertThat(b.bereik().value()).as("the group spanning both periods counts in each").isEqualTo(5);
    }

    @Test
    void vulling_uitval_no_show_and_the_waiting_time() {
        Figures a = headline(periodA());
        assertThat(a.vulling().value()).as("at most 6 of 8 at once (the refilled place counts once) and 5 of 10")
                .isEqualTo(11.0 / 18);
        assertThat(a.uitval().value()).as("left after the first session; leaving before it is no drop-out")
                .isEqualTo(1.0 / 12);
        assertThat(a.noShow().value()).isEqualTo(1.0 / 12);
        assertThat(a.medianWaitDays().value()).isCloseTo(20.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(a.medianWaitDays().hidden()).as("one parent waited: fewer than five").isTrue();
        Figures b = headline(periodB());
        assertThat(b.vulling().empty()).as("no group started in the second period").isTrue();
        assertThat(b.noShow().value()).as("the fifth parent came once, before this period").isZero();
    }

    @Test
    void toeleiding_is_a_distribution_of_families() {
        Figures a = headline(periodA());
        assertThat(a.toeleiding()).anySatisfy(share -> {
            assertThat(share.label()).isEqualTo("JGZ");
            assertThat(share.families().value()).isEqualTo(2);
            assertThat(share.families().hidden()).isTrue();
        });
        assertThat(a.toeleiding()).extracting(MonitoringViews.Share::label).contains("UNKNOWN", "SCHOOL", "ANDERS");
    }

    @Test
    void fewer_than_five_families_show_as_less_than_five_in_views_and_in_csv() {
        var filter = MonitoringFilter.period(data.base(), data.base().plusDays(99)).withWijk(data.smallWijk());
        Figures small = headline(filter);
        assertThat(small.bereik().text(Locale.of("nl"))).isEqualTo("afgeschermd");
        assertThat(small.opkomst().text(Locale.of("nl"))).isEqualTo("afgeschermd");
        assertThat(small.opkomst().value()).isEqualTo(2.0 / 3);
        List<List<String>> rows = SpreadsheetFiles.table(WithRole.as(Roles.ADVISEUR, () -> exports.headline(filter,
                Locale.of("nl"))).content());
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Bereik (gezinnen)", "afgeschermd"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Opkomst", "afgeschermd"));
        List<List<String>> matrix = SpreadsheetFiles.table(WithRole.as(Roles.ADVISEUR, () -> exports.matrix(filter,
                Locale.of("nl"))).content());
        assertThat(matrix.getFirst().get(4)).isEqualTo("Bereik (gezinnen)");
        assertThat(matrix).anySatisfy(row -> assertThat(row.get(4)).isEqualTo("afgeschermd"));
        assertThat(matrix).noneMatch(row -> row.get(4).equals("3"));
    }

    @Test
    void unmet_demand_is_open_signals_where_no_group_runs_in_the_period() {
        var filter = MonitoringFilter.period(data.base(), data.base().plusDays(99));
        var unmet = WithRole.as(Roles.ADVISEUR, () -> monitoring.unmetDemand(filter));
        assertThat(unmet).anySatisfy(u -> {
            assertThat(u.wijkId()).isEqualTo(data.smallWijk());
            assertThat(u.themeId()).isEqualTo(data.schoolverzuim());
            assertThat(u.signalFamilies().value()).isEqualTo(6);
        });
        assertThat(unmet).as("a group runs for overgewicht in the first wijk; the closed signal is taken up")
                .noneMatch(u -> u.wijkId() == data.wijk()
                        || u.wijkId() == data.smallWijk() && u.themeId() == data.echtscheiding());
        MatrixRow row = WithRole.as(Roles.ADVISEUR, () -> monitoring.matrix(filter)).rows().stream()
                .filter(r -> r.wijkId() == data.wijk()).findFirst().orElseThrow();
        assertThat(row.cells().get(data.overgewicht()).openSignals().value()).as("signals beside groups").isEqualTo(1);
        assertThat(row.cells().get(data.overgewicht()).unmet()).isFalse();
    }

    @Test
    void trends_per_month_and_the_drill_down_to_a_group() {
        var trends = WithRole.as(Roles.ADVISEUR, () -> monitoring.trends(periodA()));
        assertThat(trends.stream().mapToDouble(p -> p.groupsRunning().value()).max().orElse(0)).isPositive();
        var groups = WithRole.as(Roles.ADVISEUR, () -> monitoring.groups(periodA()));
        assertThat(groups).hasSize(3);
        var g1 = WithRole.as(Roles.ADVISEUR, () -> monitoring.group(periodA(), data.g1()));
        assertThat(g1.figures().bereik().value()).isEqualTo(7);
        assertThat(g1.figures().opkomst().value()).isEqualTo(19.0 / 30);
    }

    @Test
    void no_figure_or_export_holds_a_parents_name_or_address() {
        var filter = MonitoringFilter.period(data.base(), data.base().plusDays(199));
        String everything = WithRole.as(Roles.ADVISEUR, () -> String.join("\n", monitoring.headline(filter).toString(),
                monitoring.matrix(filter).toString(), monitoring.groups(filter).toString(),
                monitoring.unmetDemand(filter).toString(), monitoring.trends(filter).toString(),
                new String(exports.headline(filter, Locale.of("nl")).content()),
                new String(exports.matrix(filter, Locale.of("nl")).content()),
                new String(exports.groups(filter, Locale.of("nl")).content()),
                new String(exports.trends(filter, Locale.of("nl")).content()),
                new String(exports.unmetDemand(filter, Locale.of("nl")).content())));
        assertThat(everything).doesNotContainIgnoringCase("ouderanna").doesNotContain("@ouder.example")
                .doesNotContainIgnoringCase("Ouderguus").doesNotContain("Ouderkleina");
    }
}
