package nl.groepskracht.monitoring;

import static nl.groepskracht.monitoring.KnownData.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.base.csv.CsvFile;
import nl.groepskracht.monitoring.FigureQueries.Dim;
import nl.groepskracht.monitoring.FigureQueries.Source;
import nl.groepskracht.support.MutableClock;
import nl.groepskracht.support.SmtpAndClockTest;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model's aggregates (marks per place, vulling per group, issue 23) give every figure exactly
 * as the plain computation over every mark and session fact ({@link Source#ROWS}): dashboard, matrix,
 * months, drill-downs, a group's page, the report's tables, the CSVs and the raw counts, protection
 * included, for periods that start and end mid-month with marks on their first and last day, on the
 * days just outside them and in the cut parts of their edge months; and the incremental refresh shows a
 * mark, a session that began and a head count made after a read exactly as a rebuild does.
 */
@SmtpAndClockTest
class AggregatesMatchRowsTest {

    private static final Locale NL = Locale.of("nl");

    @Autowired
    MonitoringService monitoring;
    @Autowired
    MonitoringExports exports;
    @Autowired
    FigureQueries figures;
    @Autowired
    CountQueries counts;
    @Autowired
    KeptReads store;
    @Autowired
    Protections protections;
    @Autowired
    SelectionFigures selections;
    @Autowired
    ReadModel readModel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private KnownData k;
    private YearMonth month;
    private long wijk;
    private long theme;
    private long group;
    private long other;
    private long walkIn;
    private final Map<String, Long> places = new java.util.HashMap<>();
    private final Map<LocalDate, Long> sessions = new java.util.HashMap<>();

    @BeforeEach
    void city() {
        k = new KnownData(jdbc);
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        month = YearMonth.from(today.minusYears(14)).minusMonths(System.nanoTime() % 24);
        String name = "Rijen " + System.nanoTime();
        wijk = k.wijk(name + " A");
        long wijkB = k.wijk(name + " B");
        theme = k.theme("overgewicht");
        long themeB = k.theme("echtscheiding");
        group = k.group(name + " groep", wijk, theme, 20, month.atDay(1), month.plusMonths(2).atEndOfMonth());
        other = k.group(name + " ander", wijkB, themeB, 12, month.atDay(1), month.plusMonths(2).atEndOfMonth());
        walkIn = k.group(name + " inloop", wijk, themeB, null, month.atDay(1), month.plusMonths(2).atEndOfMonth());
        // the period of most checks runs from the 15th to the 10th two months later: sessions on its first
        // and last day, on the days just outside it, and in the cut parts of both edge months
        for (LocalDate day : List.of(month.atDay(7), month.atDay(14), month.atDay(15), month.plusMonths(1).atDay(5),
                month.plusMonths(1).atDay(12), month.plusMonths(1).atDay(20), month.plusMonths(2).atDay(3),
                month.plusMonths(2).atDay(10), month.plusMonths(2).atDay(11), month.plusMonths(2).atDay(18))) {
            sessions.put(day, k.session(group, day, false));
        }
        k.session(group, month.plusMonths(1).atDay(26), true);
        var before = at(month.atDay(1), 10);
        // present only just before and just after the period (its own marks in it say absent)
        mark(place("straddler"), "PRESENT", day(0, 14), day(2, 11));
        mark(place("straddler"), "ABSENT", day(1, 5), day(1, 12));
        mark(place("first-day"), "PRESENT", day(0, 15));
        mark(place("last-day"), "PRESENT", day(2, 10));
        // present only in the cut part of the first edge month, excused only in that of the last
        mark(place("cut-months"), "PRESENT", day(0, 7));
        mark(place("cut-months"), "EXCUSED", day(2, 18));
        mark(place("excused-around"), "EXCUSED", day(0, 14), day(2, 11));
        mark(place("excused-around"), "PRESENT", day(1, 12));
        mark(place("present-around"), "PRESENT", day(0, 14), day(1, 5), day(2, 18));
        mark(place("excused-in"), "EXCUSED", day(1, 20));
        for (String regular : List.of("r1", "r2", "r3")) {
            mark(place(regular), "PRESENT", sessions.keySet().toArray(LocalDate[]::new));
        }
        places.put("late", k.place(group, k.family(), "Laat" + System.nanoTime(), "CONFIRMED",
                at(month.plusMonths(1).atDay(1), 10), null, null, null));
        mark(places.get("late"), "PRESENT", day(1, 5));
        List<Long> others = new ArrayList<>();
        LocalDate[] otherDays = {month.atDay(20), month.plusMonths(1).atDay(15), month.plusMonths(2).atDay(10)};
        for (LocalDate day : otherDays) {
            others.add(k.session(other, day, false));
        }
        for (int i = 0; i < 6; i++) {
            long place = k.place(other, k.family(), "Ander" + i + System.nanoTime(), "CONFIRMED", before, null, null,
                    "SCHOOL");
            for (long session : others) {
                k.mark(session, place, i == 0 ? "EXCUSED" : "PRESENT");
            }
        }
        k.headCount(k.session(walkIn, month.atDay(15), false), 6, 9);
        k.headCount(k.session(walkIn, month.plusMonths(2).atDay(11), false), 4, 5);
        k.rebuild();
    }

    private long place(String name) {
        return places.computeIfAbsent(name, n -> k.place(group, k.family(), n.replace("-", "") + System.nanoTime(),
                "CONFIRMED", at(month.atDay(1), 10), null, null, "JGZ"));
    }

    private LocalDate day(int plusMonths, int day) {
        return month.plusMonths(plusMonths).atDay(day);
    }

    private void mark(long place, String status, LocalDate... days) {
        for (LocalDate day : days) {
            k.mark(sessions.get(day), place, status);
        }
    }

    private static <T> T adviseur(Supplier<T> call) {
        return WithRole.as(Roles.ADVISEUR, call);
    }

    /** 15th to the 10th two months later; within one month; one whole month; the months around them all. */
    private List<MonitoringFilter> periods() {
        return List.of(MonitoringFilter.period(day(0, 15), day(2, 10)),
                MonitoringFilter.period(day(1, 5), day(1, 20)),
                MonitoringFilter.period(day(1, 1), month.plusMonths(1).atEndOfMonth()),
                MonitoringFilter.period(day(0, 14), day(2, 11)),
                MonitoringFilter.period(month.minusMonths(1).atDay(1), month.plusMonths(3).atEndOfMonth()));
    }

    @Test
    void the_aggregates_give_every_figure_as_the_rows_do() {
        var period = periods().getFirst();
        adviseur(() -> monitoring.headline(period));
        for (MonitoringFilter filter : periods()) {
            for (MonitoringFilter selection : List.of(filter, filter.withWijk(wijk), filter.withTheme(theme),
                    filter.withGroup(group))) {
                List<Object> aggregates = everything(selection);
                List<Object> rows = fromRows(() -> everything(selection));
                for (int i = 0; i < rows.size(); i++) {
                    assertThat(aggregates.get(i)).as(selection + ", item " + i).isEqualTo(rows.get(i));
                }
            }
        }
        var marks = figures.marks(period.withGroup(group), Dim.TOTAL)
                .getOrDefault(FigureQueries.Key.TOTAL, FigureQueries.MarkRow.NONE);
        assertThat(marks.presentFamilies()).as("first day, last day, present and excused around, three regulars and"
                + " the late joiner: not the straddler, not the cut month").isEqualTo(8);
        assertThat(marks.excusedFamilies()).as("excused in the period only").isEqualTo(1);
    }

    @Test
    void a_mark_a_session_that_began_and_a_head_count_after_a_read_show_in_the_next_read() {
        var period = periods().getFirst();
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        var recent = MonitoringFilter.period(today.minusDays(20), today);
        long fresh = k.group("Vers " + System.nanoTime(), wijk, theme, 10, today.minusDays(20), today.plusDays(30));
        long first = k.place(fresh, k.family(), "Vers" + System.nanoTime(), "CONFIRMED",
                clock.instant().minus(Duration.ofDays(25)), null, null, null);
        everything(period);
        everything(recent);

        // written at the clock's now, as the services write them (the test clock may differ from the database's)
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                + " VALUES (?, ?, 'PRESENT', ?, 'test')", sessions.get(day(1, 20)), places.get("straddler"), now);
        jdbc.update("UPDATE session_record SET adults = 10, updated_at = ? WHERE session_id = (SELECT id"
                + " FROM group_session WHERE group_id = ? AND starts_at = ?)", now, walkIn,
                Timestamp.from(at(day(0, 15), 19)));
        long began = sessionAt(fresh, clock.instant().minus(Duration.ofMinutes(1)));
        jdbc.update("INSERT INTO attendance (session_id, registration_id, status, updated_at, updated_by)"
                + " VALUES (?, ?, 'PRESENT', ?, 'test')", began, first, now);

        List<Object> next = everything(period);
        List<Object> nextRecent = everything(recent);
        var marks = figures.marks(period.withGroup(group), Dim.TOTAL)
                .getOrDefault(FigureQueries.Key.TOTAL, FigureQueries.MarkRow.NONE);
        assertThat(marks.presentFamilies()).as("the straddler's mark in the period").isEqualTo(9);
        assertThat(adviseur(() -> monitoring.group(period, walkIn)).figures().walkInAdults().value()).isEqualTo(10);
        var freshLine = adviseur(() -> monitoring.group(recent, fresh)).figures();
        assertThat(freshLine.sessionsHeld().value()).isEqualTo(1);
        assertThat(freshLine.opkomst().value()).isEqualTo(1.0);
        assertThat(figures.fillingPerGroup(recent.withGroup(fresh))).singleElement()
                .satisfies(g -> assertThat(g.peak()).isEqualTo(1));

        k.rebuild();
        assertThat(next).as("incremental refresh = rebuild").isEqualTo(everything(period));
        assertThat(nextRecent).as("incremental refresh = rebuild").isEqualTo(everything(recent));
    }

    /**
     * The period's protection and the counts of every figure are kept while the read model and the groups'
     * wijk, theme and sign-up mode stay the same (issue 23): marks that leave a group with one family present,
     * made after a read, a group moved to another wijk and then to another theme (the wijk's and the theme's
     * figures change) and a walk-in group given sign-up (its walk-in sessions no longer count as such) show in
     * the next read exactly as when everything is worked out afresh and as the rows say.
     */
    @Test
    void marks_and_a_group_moved_after_a_read_show_in_the_next_reads_protection() {
        var period = periods().getFirst();
        everything(period);
        // four of the five families present in the other group now marked absent: one left, hidden
        jdbc.update("UPDATE attendance a JOIN group_session s ON s.id = a.session_id SET a.status = 'ABSENT',"
                + " a.updated_at = ? WHERE s.group_id = ? AND a.status = 'PRESENT' AND a.registration_id <> (SELECT"
                + " MAX(registration_id) FROM (SELECT * FROM attendance) x JOIN group_session y ON y.id = x.session_id"
                + " WHERE y.group_id = ? AND x.status = 'PRESENT')", Timestamp.from(clock.instant()), other, other);
        sameAsAfresh("after the marks", period);

        jdbc.update("UPDATE parent_group SET wijk_id = ? WHERE id = ?", wijk, other);
        sameAsAfresh("after the move to another wijk", period);
        jdbc.update("UPDATE parent_group SET theme_id = ? WHERE id = ?", theme, other);
        sameAsAfresh("after the move to another theme", period);
        jdbc.update("UPDATE parent_group SET signup_mode = 'REGISTRATION', capacity = 10 WHERE id = ?", walkIn);
        sameAsAfresh("after the walk-in group took sign-up", period);
    }

    /**
     * A selection by organisation rests also on who facilitates for it: a facilitator moved to the
     * organisation after a read brings their group into the next read of that organisation.
     */
    @Test
    void a_facilitator_moved_to_another_organisation_after_a_read_shows_in_the_next_read() {
        var period = periods().getFirst();
        long organisation = k.facilitatedFrom(group, "Organisatie " + System.nanoTime());
        k.facilitatedFrom(other, "Elders " + System.nanoTime());
        var selection = new MonitoringFilter(period.from(), period.to(), null, null, organisation, null);
        List<Object> before = everything(selection);

        jdbc.update("UPDATE user_account SET organisation_id = ? WHERE id IN (SELECT user_id FROM group_facilitator"
                + " WHERE group_id = ?)", organisation, other);
        List<Object> after = sameAsAfresh("after the facilitator moved", selection);
        assertThat(after).as("the other group now counts for the organisation").isNotEqualTo(before);
    }

    /**
     * Two marks swapped at one session between two reads (one parent present becomes absent, one absent
     * becomes present) leave every session's counts and every place's first and last marks as they were,
     * yet change the families present in a month when the one now present has family already present in it:
     * the next read shows the swap exactly as when everything is worked out afresh and as the rows say.
     */
    @Test
    void two_marks_swapped_at_one_session_after_a_read_show_in_the_next_read() {
        var month1 = periods().get(2);
        String straddlersFamily = jdbc.queryForObject("SELECT p.family_key FROM participant p JOIN registration r"
                + " ON r.participant_id = p.id WHERE r.id = ?", String.class, places.get("straddler"));
        long twin = k.place(group, straddlersFamily, "Tweeling" + System.nanoTime(), "CONFIRMED",
                at(month.atDay(1), 10), null, null, null);
        mark(twin, "PRESENT", day(1, 20));
        k.rebuild();
        List<Object> before = everything(month1);

        // both keep present marks before and after the 5th of the month: their first and last marks stay
        Timestamp now = Timestamp.from(clock.instant());
        long swapped = sessions.get(day(1, 5));
        jdbc.update("UPDATE attendance SET status = 'ABSENT', updated_at = ? WHERE session_id = ?"
                + " AND registration_id = ?", now, swapped, places.get("present-around"));
        jdbc.update("UPDATE attendance SET status = 'PRESENT', updated_at = ? WHERE session_id = ?"
                + " AND registration_id = ?", now, swapped, places.get("straddler"));
        List<Object> after = sameAsAfresh("after the swap", month1);
        assertThat(after).as("one family fewer present in the month").isNotEqualTo(before);
    }

    /**
     * The whole period's families present and excused per grouping are read from the period's own tables,
     * kept with its protection (issue 23): the same numbers as counted per grouping, from either source.
     */
    @Test
    void the_whole_periods_marks_per_grouping_are_those_of_its_tables() {
        for (Source source : Source.values()) {
            figures.readFrom(source);
            try {
                for (MonitoringFilter period : periods()) {
                    PeriodProtection protection = adviseur(() -> {
                        monitoring.headline(period);
                        return protections.of(period);
                    });
                    for (Dim dim : Dim.values()) {
                        assertThat(withoutNone(selections.marks(period, dim, protection)))
                                .as(source + " " + period + " " + dim)
                                .isEqualTo(withoutNone(figures.marks(period, dim))).isNotEmpty();
                    }
                }
            } finally {
                figures.readFrom(Source.AGGREGATES);
            }
        }
    }

    private static Map<FigureQueries.Key, FigureQueries.MarkRow> withoutNone(
            Map<FigureQueries.Key, FigureQueries.MarkRow> marks) {
        Map<FigureQueries.Key, FigureQueries.MarkRow> result = new java.util.HashMap<>(marks);
        result.values().removeIf(FigureQueries.MarkRow.NONE::equals);
        return result;
    }

    /**
     * The refresh raises the generation of only the parts of the read model whose rows changed (issue 23):
     * a mark changes the marks and the sessions' counts, and leaves what rests on the places (families
     * reached, toeleiding, referrals) and the months kept; a session that began changes the places too.
     */
    @Test
    void a_mark_raises_the_generations_of_the_marks_and_sessions_only() {
        var period = periods().getFirst();
        adviseur(() -> monitoring.headline(period));
        var before = readModel.generations();
        // excused instead of present between its first and last presence: its first presence stays
        jdbc.update("UPDATE attendance SET status = 'EXCUSED', updated_at = ? WHERE session_id = ?"
                + " AND registration_id = ?", Timestamp.from(clock.instant()), sessions.get(day(1, 5)),
                places.get("present-around"));
        adviseur(() -> monitoring.headline(period));
        var afterMark = readModel.generations();
        assertThat(afterMark).as("after a mark").isEqualTo(Map.of(ReadModel.Part.PLACES,
                before.get(ReadModel.Part.PLACES), ReadModel.Part.MONTHS, before.get(ReadModel.Part.MONTHS),
                ReadModel.Part.MARKS, before.get(ReadModel.Part.MARKS) + 1, ReadModel.Part.SESSIONS,
                before.get(ReadModel.Part.SESSIONS) + 1));
        sameAsAfresh("after the mark", period);

        sessionAt(group, clock.instant().minus(Duration.ofMinutes(1)));
        adviseur(() -> monitoring.headline(period));
        var afterSession = readModel.generations();
        for (ReadModel.Part part : List.of(ReadModel.Part.PLACES, ReadModel.Part.MARKS, ReadModel.Part.SESSIONS)) {
            assertThat(afterSession.get(part)).as("after a session began: " + part).isGreaterThan(afterMark.get(part));
        }
    }

    /** The next read of the selection equals the same read with nothing kept, and the rows; returns it. */
    private List<Object> sameAsAfresh(String after, MonitoringFilter selection) {
        List<Object> next = everything(selection);
        store.clear();
        List<Object> afresh = everything(selection);
        for (int i = 0; i < next.size(); i++) {
            assertThat(next.get(i)).as(after + ": kept = worked out afresh, item " + i).isEqualTo(afresh.get(i));
        }
        assertThat(next).as(after + ": = the rows").isEqualTo(fromRows(() -> everything(selection)));
        return next;
    }

    private long sessionAt(long group, java.time.Instant start) {
        jdbc.update("INSERT INTO group_session (group_id, starts_at, ends_at, location, status) VALUES (?, ?, ?,"
                + " 'Testhuis', 'PLANNED')", group, Timestamp.from(start), Timestamp.from(start.plusSeconds(5400)));
        return jdbc.queryForObject("SELECT MAX(id) FROM group_session WHERE group_id = ?", Long.class, group);
    }

    private <T> T fromRows(Supplier<T> call) {
        figures.readFrom(Source.ROWS);
        try {
            return call.get();
        } finally {
            figures.readFrom(Source.AGGREGATES);
        }
    }

    /** Everything the views of this selection show, and the counts beneath. */
    private List<Object> everything(MonitoringFilter filter) {
        List<Object> all = new ArrayList<>();
        all.add(adviseur(() -> monitoring.dashboard(filter)));
        all.add(adviseur(() -> monitoring.tables(filter)));
        all.add(adviseur(() -> monitoring.groups(filter.withWijk(wijk))));
        all.add(adviseur(() -> monitoring.groups(filter)));
        for (long g : List.of(group, other, walkIn)) {
            all.add(adviseur(() -> monitoring.group(filter, g)));
        }
        for (CsvFile csv : adviseur(() -> List.of(exports.headline(filter, NL), exports.matrix(filter, NL),
                exports.trends(filter, NL), exports.groups(filter.withWijk(wijk), NL)))) {
            all.add(csv.name() + "\n" + new String(csv.content(), StandardCharsets.UTF_8));
        }
        for (Dim dim : Dim.values()) {
            all.add(dim + " " + figures.marks(filter, dim));
            all.add(dim + " " + figures.filling(filter, dim));
        }
        all.add(figures.fillingPerGroup(filter));
        all.add(counts.marks(filter.wholePeriod()));
        all.add(counts.filling(filter.wholePeriod()));
        return all;
    }
}
