package nl.groepskracht.schedule;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The dates of a weekly series: from the first matching weekday, skipped dates do not count. */
final class SeriesPlanner {

    private SeriesPlanner() {
    }

    static List<LocalDate> dates(SeriesDraft series) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = series.getFirstDate().with(TemporalAdjusters.nextOrSame(series.getWeekday()));
        int guard = series.getCount() + series.getSkipDates().size() + 1;
        while (dates.size() < series.getCount() && guard-- > 0) {
            if (!series.getSkipDates().contains(date)) {
                dates.add(date);
            }
            date = date.plusWeeks(1);
        }
        return dates;
    }
}
