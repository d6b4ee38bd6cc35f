package nl.groepskracht.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.groepskracht.monitoring.FigureQueries.FamilyRow;
import nl.groepskracht.monitoring.FigureQueries.FillingRow;
import nl.groepskracht.monitoring.FigureQueries.SessionRow;
import nl.groepskracht.monitoring.FigureQueries.WaitingRow;
import nl.groepskracht.monitoring.MonitoringViews.Figures;
import nl.groepskracht.monitoring.MonitoringViews.Share;
import nl.groepskracht.signup.Toeleiding;

/**
 * Every figure's formula, in one place: from the counts of {@link FigureQueries} to the numbers
 * shown, each with the number of families it rests on (for the "&lt; 5" rule).
 */
final class FigureAssembly {

    /** The label of "no answer" in the toeleiding distribution. */
    static final String UNKNOWN = "UNKNOWN";

    private FigureAssembly() {
    }

    static Figures figures(FamilyRow f, SessionRow s, FillingRow fill, WaitingRow w, List<Double> waitedDays,
            Integer households, List<Share> toeleiding, List<Share> referrals) {
        long families = f.families();
        return new Figures(
                Figure.count(families, families),
                Figure.perThousand(families, households),
                Figure.plain(s.adults()),
                Figure.plain(s.children()),
                Figure.share(fill.places(), fill.capacity(), fill.places()),
                Figure.share(s.present(), s.expected(), families),
                Figure.share(s.excused(), s.expected(), families),
                Figure.share(f.dropOuts(), f.places(), families),
                Figure.share(f.noShows(), f.places(), families),
                Figure.count(w.waiting(), w.families()),
                Figure.days(median(waitedDays), waitedDays.size()),
                Figure.plain(s.groups()),
                Figure.plain(s.held()),
                toeleiding, referrals);
    }

    /** Families per answer, every answer listed (also when none gave it), then "no answer". */
    static List<Share> toeleiding(Map<String, Long> byAnswer, long families) {
        List<Share> shares = new ArrayList<>();
        for (Toeleiding answer : Toeleiding.values()) {
            shares.add(share(answer.name(), byAnswer.getOrDefault(answer.name(), 0L), families));
        }
        shares.add(share(UNKNOWN, byAnswer.getOrDefault(null, 0L), families));
        return shares;
    }

    static List<Share> referrals(Map<String, Long> byOrganisation, long families) {
        return byOrganisation.entrySet().stream().map(e -> share(e.getKey(), e.getValue(), families))
                .sorted(Comparator.comparing(Share::label)).toList();
    }

    private static Share share(String label, long n, long total) {
        return new Share(label, Figure.count(n, n), Figure.share(n, total, n));
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
