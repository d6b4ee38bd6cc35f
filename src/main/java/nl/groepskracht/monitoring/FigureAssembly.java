package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.groepskracht.monitoring.FigureQueries.FamilyRow;
import nl.groepskracht.monitoring.FigureQueries.FillingRow;
import nl.groepskracht.monitoring.FigureQueries.MarkRow;
import nl.groepskracht.monitoring.FigureQueries.SessionRow;
import nl.groepskracht.monitoring.FigureQueries.WaitingRow;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.Share;
import nl.groepskracht.signup.Toeleiding;

/**
 * Every figure's formula, in one place: from the counts of {@link FigureQueries} to the numbers
 * shown, each with the families it rests on (the "&lt; 5" rule, shares on both their parts), and then
 * protected: withheld where the period's suppression does not show the number over these groups.
 */
final class FigureAssembly {

    /** The label of "no answer" in the toeleiding distribution. */
    static final String UNKNOWN = "UNKNOWN";

    /** The counts of one selection, as the queries return them. */
    record Counts(FamilyRow families, MarkRow marks, SessionRow sessions, FillingRow filling, WaitingRow waiting,
            List<Double> waitedDays) {

        static final Counts NONE = new Counts(FamilyRow.NONE, MarkRow.NONE, SessionRow.NONE, FillingRow.NONE,
                WaitingRow.NONE, List.of());
    }

    private FigureAssembly() {
    }

    /**
     * The figures of a selection of groups, protected by the period's suppression. A selection whose
     * sessions were all walk-in sessions has no reach to count ("–"): its visits stand beside it.
     */
    static Figures figures(Counts c, Integer households, List<Share> toeleiding, List<Share> referrals,
            Collection<Long> groups, PeriodProtection p) {
        FamilyRow f = c.families();
        SessionRow s = c.sessions();
        long families = f.families();
        boolean onlyWalkIn = families == 0 && s.held() > 0 && s.held() == s.walkInSessions();
        boolean reach = p.shows(CountQueries.FAMILIES, groups);
        return new Figures(
                (onlyWalkIn ? notCounted() : Figure.count(families, families)).withheldIf(!reach),
                (onlyWalkIn ? notCounted() : Figure.perThousand(families, households)).withheldIf(!reach),
                Figure.plain(s.adults()),
                Figure.plain(s.children()),
                Figure.plain(s.walkInSessions()),
                Figure.share(c.filling().peak(), c.filling().capacity(), c.filling().peak())
                        .withheldIf(!p.shows(CountQueries.PLACES, groups)),
                Figure.count(c.filling().refilled(), c.filling().refilled())
                        .withheldIf(!p.shows(CountQueries.REFILLED, groups)),
                share(s.present(), s.expected(), families, c.marks().presentFamilies(), CountQueries.PRESENT, groups, p),
                share(s.excused(), s.expected(), families, c.marks().excusedFamilies(), CountQueries.EXCUSED, groups,
                        p),
                share(f.dropOuts(), f.places(), families, f.droppedFamilies(), CountQueries.DROPPED, groups, p),
                share(f.noShows(), f.places(), families, f.noShowFamilies(), CountQueries.NO_SHOW, groups, p),
                Figure.count(c.waiting().waiting(), c.waiting().families())
                        .withheldIf(!p.shows(CountQueries.WAITING, groups)),
                Figure.days(median(c.waitedDays()), c.waitedDays().size()),
                Figure.plain(s.groups()),
                Figure.plain(s.held()),
                toeleiding, referrals);
    }

    /** A share of the families reached, withheld where its own count or the families reached are. */
    private static Figure share(long part, long whole, long families, long partFamilies, String count,
            Collection<Long> groups, PeriodProtection p) {
        return Figure.share(part, whole, families, partFamilies)
                .withheldIf(!p.shows(count, groups) || !p.shows(CountQueries.FAMILIES, groups));
    }

    private static Figure notCounted() {
        return new Figure(Figure.Kind.COUNT, 0, 0, true, Figure.Basis.FAMILIES, false);
    }

    /** Families per answer, every answer listed (also when none gave it), then "no answer". */
    static List<Share> toeleiding(Map<String, Long> byAnswer, long families, Collection<Long> groups,
            PeriodProtection p) {
        List<Share> shares = new ArrayList<>();
        for (Toeleiding answer : Toeleiding.values()) {
            shares.add(share(answer.name(), byAnswer.getOrDefault(answer.name(), 0L), families,
                    CountQueries.toeleiding(answer.name()), groups, p));
        }
        shares.add(share(UNKNOWN, byAnswer.getOrDefault(null, 0L), families, CountQueries.toeleiding(UNKNOWN), groups,
                p));
        return shares;
    }

    /** Families reached through a verwijslink, per referring organisation (by id, named). */
    static List<Share> referrals(Map<Long, Long> byOrganisation, Map<Long, String> names, long families,
            Collection<Long> groups, PeriodProtection p) {
        return byOrganisation.entrySet().stream().map(e -> share(names.getOrDefault(e.getKey(), ""), e.getValue(),
                families, CountQueries.referral(e.getKey()), groups, p)).sorted(Comparator.comparing(Share::label))
                .toList();
    }

    private static Share share(String label, long n, long total, String count, Collection<Long> groups,
            PeriodProtection p) {
        boolean shown = p.shows(count, groups);
        return new Share(label, Figure.count(n, n).withheldIf(!shown), Figure.share(n, total, total, n)
                .withheldIf(!shown || !p.shows(CountQueries.FAMILIES, groups)));
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
