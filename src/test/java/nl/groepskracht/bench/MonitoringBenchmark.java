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
import nl.groepskracht.monitoring.PeriodChoice;
import nl.groepskracht.support.WithRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server times of the dashboard and the drill-down on a city-scale data set, generated with batched
 * SQL in the embedded MariaDB: at full size 100 wijken, 5 000 groups, 50 000 sessions, 60 000
 * participants, about 1 000 000 attendance rows and 2 000 signals; measured at 10 %, 50 % and 100 %,
 * 50 runs each, for a school year and for the whole history. Figures, not assertions:
 * {@code ./mvnw -Pbench verify}.
 */
@SpringBootTest(properties = {"groepskracht.embedded-db.data-dir=target/bench-mariadb", "logging.level.root=WARN"})
class MonitoringBenchmark {

    private static final int GROUPS = 5000;
    private static final int RUNS = 50;

    @Autowired
    MonitoringService monitoring;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void dashboard_and_drill_down_at_city_scale() {
        LocalDate today = LocalDate.now(clock.withZone(AppZone.ID));
        var data = new BenchData(jdbc, today);
        data.wijken();
        int done = 0;
        for (int percent : new int[] {10, 50, 100}) {
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
            for (var period : List.of(new Object[] {"school year", schoolYear}, new Object[] {"whole history", history})) {
                MonitoringFilter filter = (MonitoringFilter) period[1];
                report(percent, "dashboard, " + period[0], () -> monitoring.dashboard(filter));
                report(percent, "drill-down, " + period[0], () -> {
                    monitoring.groups(filter.withWijk(wijk));
                    return monitoring.group(filter, group);
                });
            }
        }
    }

    private void report(int percent, String what, Supplier<Object> call) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            long nanos = time(() -> WithRole.as(Roles.ADVISEUR, call));
            if (i >= 5) {
                times.add(nanos / 1_000_000);
            }
        }
        times.sort(null);
        String figure = String.format("p50 %4d ms  p95 %4d ms", times.get(RUNS / 2), times.get(RUNS * 95 / 100));
        if (percent == 100) {
            BenchSummary.add("monitoring " + what + ", city scale", figure);
        } else {
            System.out.printf("BENCH %d%%: %-28s %s%n", percent, what, figure);
        }
    }

    private static long time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }
}
