package nl.groepskracht.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.groepskracht.monitoring.CountTable.GroupCount;
import nl.groepskracht.monitoring.FigureQueries.Key;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression on its own, without a database: random cities full of small groups; whatever a
 * period's tables and any filtered views show, the attacker ({@link Differencing}) solves no hidden
 * number.
 */
class SuppressionTest {

    @Test
    void a_single_small_group_beside_shown_ones_hides_the_next_smallest_too() {
        // wijk 1: groups of 3 (theme 1) and 12 (theme 2) families; wijk 2: 9 and 20
        CountTable table = CountTable.summed(Map.of(1L, new GroupCount(1, 1, 3), 2L, new GroupCount(1, 2, 12),
                3L, new GroupCount(2, 1, 9), 4L, new GroupCount(2, 2, 20)));
        Protection protection = Suppression.protect(table, null);
        assertThat(protection.showsGroup(1)).as("3 families").isFalse();
        assertThat(protection.hiddenGroups()).as("the 3 and, to protect it in its wijk and theme, more")
                .hasSizeGreaterThan(1);
        assertThat(protection.shows(List.of(1L, 2L, 3L, 4L))).as("the total stays").isTrue();
        assertNothingSolvable(table, protection, List.of());
    }

    @Test
    void no_hidden_number_follows_from_the_tables_and_any_filtered_views() {
        Random random = new Random(17);
        for (int city = 0; city < 60; city++) {
            CountTable table = randomCity(random, city % 2 == 0);
            Protection protection = Suppression.protect(table, null);
            List<List<Long>> views = new ArrayList<>();
            List<Long> ids = new ArrayList<>(table.groups().keySet());
            for (int v = 0; v < 20; v++) {
                views.add(ids.stream().filter(id -> random.nextInt(3) == 0).toList());
            }
            assertNothingSolvable(table, protection, views);
            table.groups().forEach((id, g) -> {
                if (g.value() > 0 && g.value() < 5) {
                    assertThat(protection.showsGroup(id)).as("primary").isFalse();
                }
            });
        }
    }

    @Test
    void a_share_is_hidden_wherever_its_denominator_is_and_protected_on_its_own() {
        Random random = new Random(4);
        for (int city = 0; city < 30; city++) {
            CountTable families = randomCity(random, false);
            Protection reach = Suppression.protect(families, null);
            Map<Long, GroupCount> dropped = new HashMap<>();
            families.groups().forEach((id, g) -> dropped.put(id, new GroupCount(g.wijk(), g.theme(),
                    Math.min(g.value(), random.nextInt(3)))));
            CountTable dropOuts = CountTable.summed(dropped);
            Protection uitval = Suppression.protect(dropOuts, reach);
            families.groups().keySet().forEach(id -> {
                if (!reach.showsGroup(id)) {
                    assertThat(uitval.showsGroup(id)).isFalse();
                }
            });
            assertNothingSolvable(dropOuts, uitval, List.of());
        }
    }

    private static CountTable randomCity(Random random, boolean distinct) {
        Map<Long, GroupCount> groups = new HashMap<>();
        int wijken = 2 + random.nextInt(6);
        int themes = 1 + random.nextInt(4);
        int count = 3 + random.nextInt(25);
        for (long id = 1; id <= count; id++) {
            long value = random.nextInt(4) == 0 ? 1 + random.nextInt(4) : random.nextInt(10) == 0 ? 0
                    : 5 + random.nextInt(12);
            groups.put(id, new GroupCount(1 + random.nextInt(wijken), 1 + random.nextInt(themes), value));
        }
        CountTable sums = CountTable.summed(groups);
        if (!distinct) {
            return sums;
        }
        // families in more than one group: every total a little less than its sum
        Function<Long, Long> less = v -> v > 6 ? v - 1 : v;
        return new CountTable(groups, sums.cells().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> less.apply(e.getValue()))), sums.wijken(), sums.themes(), less.apply(sums.total()));
    }

    /** Everything the tables and views show goes to the attacker; then no hidden number may be solved. */
    private static void assertNothingSolvable(CountTable table, Protection protection, List<List<Long>> views) {
        Map<String, List<Long>> numbers = new HashMap<>();
        table.groups().forEach((id, g) -> numbers.put("group " + id, List.of(id)));
        table.groups().forEach((id, g) -> {
            numbers.computeIfAbsent("cell " + new Key(g.wijk(), g.theme()), k -> new ArrayList<>()).add(id);
            numbers.computeIfAbsent("wijk " + g.wijk(), k -> new ArrayList<>()).add(id);
            numbers.computeIfAbsent("theme " + g.theme(), k -> new ArrayList<>()).add(id);
            numbers.computeIfAbsent("total", k -> new ArrayList<>()).add(id);
        });
        for (int v = 0; v < views.size(); v++) {
            numbers.put("view " + v, views.get(v));
        }
        var attacker = new Differencing();
        numbers.values().stream().filter(protection::shows).forEach(attacker::shown);
        numbers.forEach((name, groups) -> {
            if (!protection.shows(groups)) {
                assertThat(attacker.solves(groups)).as("hidden %s solved from what is shown", name).isFalse();
            }
        });
    }
}
