package nl.groepskracht.monitoring;

import static nl.groepskracht.monitoring.KnownData.at;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small city long ago (its period touches no other test's data), written straight into the tables:
 * <ul>
 * <li>wijk A: a group of 11 places where one parent drops out after the second session and one from the
 * waiting list takes the place (12 families, at most 11 at once); a group of 3 families; a walk-in group
 * with head counts;</li>
 * <li>wijk B: groups of 8 and 9 families meeting from the period's first day, and one of 6 families that
 * met only earlier in the same month (a mid-month period must not count it);</li>
 * <li>wijk C: groups of 7 and 2 families; a group that is over with 2 people left on its waiting list, and
 * an open group with a session to come and 6 people waiting;</li>
 * <li>an organisation whose facilitator runs A's large group and B's group of 8;</li>
 * <li>parents' answers: five for B's group of 9, two for C's group of 7.</li>
 * </ul>
 * The period runs from the 15th of a month to the 10th two months later; each city made in a test JVM
 * gets months of its own, so two test classes' cities never share a period (a theme's total would count both).
 */
final class SmallCity {

    private static final AtomicInteger MADE = new AtomicInteger();

    final LocalDate from;
    final LocalDate to;
    final YearMonth firstMonth;
    final long wijkA;
    final long wijkB;
    final long wijkC;
    final long overgewicht;
    final long echtscheiding;
    final long schoolverzuim;
    final long spelinloop;
    final long large;
    final long small;
    final long walkIn;
    final long b8;
    final long b9;
    final long earlier;
    final long c7;
    final long c2;
    final long over;
    final long open;
    final long organisation;
    /** Every group of the period with its wijk and theme (id → {wijk, theme}). */
    final Map<Long, long[]> groups = new TreeMap<>();

    SmallCity(KnownData k, LocalDate today) {
        firstMonth = YearMonth.from(today.minusDays(3000)).minusMonths(6L * MADE.getAndIncrement());
        from = firstMonth.atDay(15);
        to = firstMonth.plusMonths(2).atDay(10);
        String tag = " " + System.nanoTime();
        wijkA = k.wijk("Stadwijk A" + tag);
        wijkB = k.wijk("Stadwijk B" + tag);
        wijkC = k.wijk("Stadwijk C" + tag);
        overgewicht = k.theme("overgewicht");
        echtscheiding = k.theme("echtscheiding");
        schoolverzuim = k.theme("schoolverzuim");
        spelinloop = k.theme("spelinloop");
        LocalDate start = firstMonth.atDay(16);
        Instant before = at(firstMonth.atDay(1), 10);

        large = group(k, "Grote groep" + tag, wijkA, overgewicht, 11, start, 6);
        List<Long> sessions = sessions(k, large, start, 6);
        List<Long> parents = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            parents.add(k.place(large, k.family(), "Stadouder" + i + tag.trim(), i == 1 ? "CANCELLED" : "CONFIRMED",
                    before, null, i == 1 ? at(start.plusDays(8), 12) : null, null));
        }
        long refill = k.place(large, k.family(), "Stadinvaller" + tag.trim(), "CONFIRMED", at(start.plusDays(9), 12),
                at(start.minusDays(5), 10), null, null);
        for (int s = 0; s < sessions.size(); s++) {
            for (int i = 0; i < parents.size(); i++) {
                if (i != 1 || s < 2) {
                    k.mark(sessions.get(s), parents.get(i), s % 3 == i % 3 ? "ABSENT" : "PRESENT");
                }
            }
            if (s >= 2) {
                k.mark(sessions.get(s), refill, "PRESENT");
            }
        }
        small = families(k, "Kleine groep" + tag, wijkA, echtscheiding, 3, start);
        walkIn = group(k, "Inloop" + tag, wijkA, spelinloop, null, start, 2);
        List<Long> drops = sessions(k, walkIn, start, 2);
        k.headCount(drops.get(0), 6, 9);
        k.headCount(drops.get(1), 5, 7);

        b8 = families(k, "Groep acht" + tag, wijkB, overgewicht, 8, start);
        b9 = families(k, "Groep negen" + tag, wijkB, echtscheiding, 9, start);
        earlier = families(k, "Eerdere groep" + tag, wijkB, schoolverzuim, 6, firstMonth.atDay(1), 2);
        c7 = families(k, "Groep zeven" + tag, wijkC, overgewicht, 7, start);
        c2 = families(k, "Groep twee" + tag, wijkC, echtscheiding, 2, start);
        over = families(k, "Voorbije groep" + tag, wijkC, schoolverzuim, 6, start);
        for (int i = 0; i < 2; i++) {
            k.place(over, k.family(), "Stadwachter" + i + tag.trim(), "WAITLISTED", null, before, null, null);
        }
        open = group(k, "Open groep" + tag, wijkC, schoolverzuim, 8, today.plusDays(10), 0);
        k.setStatus(open, "OPEN");
        k.session(open, today.plusDays(10), false);
        for (int i = 0; i < 6; i++) {
            k.place(open, k.family(), "Stadwacht" + i + tag.trim(), "WAITLISTED", null, before, null, null);
        }
        for (int i = 0; i < 5; i++) {
            k.answer(b9, i < 3 ? 4 : 5);
        }
        k.answer(c7, 2);
        k.answer(c7, 3);
        organisation = k.facilitatedFrom(large, "Stadorganisatie" + tag);
        k.facilitatedAlsoBy(b8, large);
        groups.remove(earlier);
        groups.remove(open);
    }

    private long group(KnownData k, String name, long wijk, long theme, Integer capacity, LocalDate first, int weeks) {
        long id = k.group(name, wijk, theme, capacity, first, first.plusWeeks(Math.max(0, weeks - 1)));
        groups.put(id, new long[] {wijk, theme});
        return id;
    }

    private static List<Long> sessions(KnownData k, long group, LocalDate first, int weeks) {
        List<Long> ids = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            ids.add(k.session(group, first.plusWeeks(w), false));
        }
        return ids;
    }

    /** A group of this many families, all present at its three weekly sessions. */
    private long families(KnownData k, String name, long wijk, long theme, int families, LocalDate first) {
        return families(k, name, wijk, theme, families, first, 3);
    }

    private long families(KnownData k, String name, long wijk, long theme, int families, LocalDate first,
            int weeks) {
        long id = group(k, name, wijk, theme, 12, first, weeks);
        List<Long> sessions = sessions(k, id, first, weeks);
        for (int i = 0; i < families; i++) {
            long place = k.place(id, k.family(), "Stad" + name.replace(" ", "") + i, "CONFIRMED",
                    at(first.minusDays(10), 10), null, null, null);
            sessions.forEach(s -> k.mark(s, place, "PRESENT"));
        }
        return id;
    }

    MonitoringFilter period() {
        return MonitoringFilter.period(from, to);
    }

    /** The groups of a wijk, a theme or both (null: any). */
    List<Long> groupsOf(Long wijk, Long theme) {
        return groups.entrySet().stream().filter(e -> (wijk == null || e.getValue()[0] == wijk)
                && (theme == null || e.getValue()[1] == theme)).map(Map.Entry::getKey).toList();
    }
}
