package nl.groepskracht.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.groepskracht.base.AppZone;
import nl.groepskracht.base.Roles;
import nl.groepskracht.monitoring.MonitoringFilter;
import nl.groepskracht.monitoring.MonitoringService;
import nl.groepskracht.monitoring.MonitoringSources;
import nl.groepskracht.monitoring.PeriodChoice;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server times of the dashboard and the drill-down on a city-scale data set, generated with batched
 * SQL in the embedded MariaDB: at full size 100 wijken, 5 000 groups, 50 000 sessions, 60 000
 * participants, about 1 000 000 attendance rows and 2 000 signals; measured at 10 %, 50 % and 100 %,
 * 50 runs each, for a school year and for the whole history. Figures, not assertions:
 * {@code ./mvnw -Pbench verify}. {@code -Dbench.monitoring.runs=…} and {@code -Dbench.monitoring.sizes=10,100}
 * measure less on a busy machine; {@code -Dbench.monitoring.rows=true} also measures, on the same data, the
 * plain row-based counts the dashboard read before issue 23 ("rows"). "cold": the dashboard with the kept period
 * protection forgotten before each read, as the first read after a change of the read model; "after a mark":
 * one attendance mark changed before each read (untimed), so the read's refresh finds a change, rewrites that
 * group's rows of the read model and works out again what was kept.
 * {@code -Dbench.monitoring.profile=true} prints the MariaDB statements by their time (slow log).
 */
@SpringBootTest(properties = {"groepskracht.embedded-db.data-dir=target/bench-mariadb", "logging.level.root=WARN"})
class MonitoringBenchmark {

    private static final int GROUPS = 5000;
    private static final int RUNS = Integer.getInteger("bench.monitoring.runs", 50);
    private static final boolean PROFILE = Boolean.getBoolean("bench.monitoring.profile");
    private static final boolean ROWS = Boolean.getBoolean("bench.monitoring.rows");

    @Autowired
    MonitoringService monitoring;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void dashboard_and_drill_down_at_city_scale() {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        var data = new BenchData(jdbc, today);
        data.wijken();
        int done = 0;
        int[] sizes = java.util.Arrays.stream(System.getProperty("bench.monitoring.sizes", "10,50,100").split(","))
                .mapToInt(size -> Integer.parseInt(size.strip())).toArray();
        for (int percent : sizes) {
            int target = GROUPS * percent / 100;
            long started = System.nanoTime();
            data.groups(done, target);
            done = target;
            System.out.printf("BENCH %d%%: %s generated in %d s%n", percent, data.counts(),
                    (System.nanoTime() - started) / 1_000_000_000);
            jdbc.update("UPDATE monitoring_refresh SET refreshed_at = NULL WHERE id = 1");
            LocalDate[] year = PeriodChoice.SCHOOL_YEAR.range(today);
            var schoolYear = MonitoringFilter.period(year[0], year[1]);
            var history = MonitoringFilter.period(today.minusYears(6), today);
            long rebuild = time(() -> WithRole.as(Roles.ADVISEUR, () -> monitoring.headline(history)));
            System.out.printf("BENCH %d%%: read model rebuilt in %d ms%n", percent, rebuild / 1_000_000);
            long wijk = jdbc.queryForObject("SELECT MIN(id) FROM wijk WHERE municipality = 'Benchstad'", Long.class);
            long group = jdbc.queryForObject("SELECT MIN(id) FROM parent_group WHERE wijk_id = ? AND signup_mode ="
                    + " 'REGISTRATION' AND status <> 'DRAFT'", Long.class, wijk);
            long[] mark = jdbc.queryForObject("SELECT a.session_id, a.registration_id FROM attendance a JOIN"
                    + " group_session s ON s.id = a.session_id WHERE s.group_id = ? ORDER BY s.starts_at DESC LIMIT 1",
                    (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, group);
            if (PROFILE) {
                jdbc.execute("SET GLOBAL log_output = 'TABLE'");
                jdbc.execute("SET GLOBAL long_query_time = 0");
                jdbc.execute("TRUNCATE TABLE mysql.slow_log");
                jdbc.execute("SET GLOBAL slow_query_log = 1");
                context.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            }
            for (boolean rows : ROWS ? new boolean[] {false, true} : new boolean[] {false}) {
                MonitoringSources.rows(context, rows);
                String source = rows ? " (rows)" : "";
                for (var period : List.of(new Object[] {"school year", schoolYear},
                        new Object[] {"whole history", history})) {
                    MonitoringFilter filter = (MonitoringFilter) period[1];
                    report(percent, "dashboard, " + period[0] + source, () -> monitoring.dashboard(filter));
                    report(percent, "dashboard, " + period[0] + ", cold" + source, () -> {
                        MonitoringSources.forgetKept(context);
                        return monitoring.dashboard(filter);
                    });
                    report(percent, "dashboard, " + period[0] + ", after a mark" + source, () -> {
                        toggleMark(mark);
                        return null;
                    }, () -> monitoring.dashboard(filter));
                    report(percent, "drill-down, " + period[0] + source, () -> {
                        monitoring.groups(filter.withWijk(wijk));
                        return monitoring.group(filter, group);
                    });
                }
            }
            MonitoringSources.rows(context, false);
            if (PROFILE) {
                jdbc.execute("SET GLOBAL slow_query_log = 0");
                Double total = jdbc.queryForObject("SELECT SUM(TIME_TO_SEC(query_time) + MICROSECOND(query_time) / 1e6)"
                        + " FROM mysql.slow_log", Double.class);
                jdbc.query("SELECT LEFT(REGEXP_REPLACE(CONVERT(sql_text USING utf8mb4), '[0-9]+', 'N'), 220) AS q, COUNT(*) AS n,"
                        + " SUM(TIME_TO_SEC(query_time) + MICROSECOND(query_time) / 1e6) AS s, SUM(rows_examined) AS r"
                        + " FROM mysql.slow_log GROUP BY q ORDER BY s DESC LIMIT 25", rs -> {
                            System.out.printf("PROFILE %d%%: %6.1f s %5.1f%% n=%d rows=%d %s%n", percent, rs.getDouble("s"),
                                    100 * rs.getDouble("s") / total, rs.getLong("n"), rs.getLong("r"), rs.getString("q"));
                        });
            }
        }
    }

    private void report(int percent, String what, Supplier<Object> call) {
        report(percent, what, () -> null, call);
    }

    /** {@code before} runs ahead of each read, untimed. */
    private void report(int percent, String what, Supplier<Object> before, Supplier<Object> call) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            before.get();
            long nanos = time(() -> WithRole.as(Roles.ADVISEUR, call));
            if (i >= 5) {
                times.add(nanos / 1_000_000);
            }
        }
        times.sort(null);
        String figure = String.format("p50 %4d ms  p95 %4d ms", times.get(RUNS / 2), times.get(RUNS * 95 / 100));
        System.out.printf("BENCH %d%%: %-36s %s%n", percent, what, figure);
        if (percent == 100) {
            BenchSummary.add("monitoring " + what + ", city scale", figure);
        }
    }

    /**
     * A facilitator changing one mark (present ↔ absent, now): the next read's refresh rewrites that group's
     * rows of the read model, and what was kept is worked out again.
     */
    private void toggleMark(long[] mark) {
        jdbc.update("UPDATE attendance SET status = IF(status = 'PRESENT', 'ABSENT', 'PRESENT'),"
                + " updated_at = UTC_TIMESTAMP(6) WHERE session_id = ? AND registration_id = ?", mark[0], mark[1]);
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
