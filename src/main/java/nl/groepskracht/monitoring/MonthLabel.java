package nl.groepskracht.monitoring;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import nl.groepskracht.monitoring.MonitoringViews.TrendPoint;

/**
 * How a month row is named: "sep 2025", or its days when the period clips it ("1–14 mei 2026"). In a
 * CSV always with its days: "1–30 sep 2025" is text to Excel, where "2025-09" or "sep 2025" would
 * become a date.
 */
public final class MonthLabel {

    private MonthLabel() {
    }

    public static String of(TrendPoint point, Locale locale, boolean withDays) {
        String month = point.month().format(monthAndYear(locale));
        if (!withDays && point.wholeMonth()) {
            return month;
        }
        String days = point.first().equals(point.last()) ? String.valueOf(point.first().getDayOfMonth())
                : point.first().getDayOfMonth() + "–" + point.last().getDayOfMonth();
        return days + " " + month;
    }

    private static DateTimeFormatter monthAndYear(Locale locale) {
        return new DateTimeFormatterBuilder().appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT)
                .appendLiteral(' ').appendValue(ChronoField.YEAR).toFormatter(locale);
    }
}
