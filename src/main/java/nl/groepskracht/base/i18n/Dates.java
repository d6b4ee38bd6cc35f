package nl.groepskracht.base.i18n;

import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.groepskracht.base.AppZone;

/**
 * One formatter per kind of date the portal shows, in Amsterdam time and the reader's language (English
 * reads day-month-year, as in Britain). Months are abbreviated to three letters in both languages: Java's
 * British English writes "Sept" beside "Jul", Dutch "sep" beside "jul".
 * <p>
 * The portal for professionals (Dutch, English) uses {@link #day} and {@link #moment} directly. What a parent
 * reads, in any parent language, is written out in full ("dinsdag 1 december 2026, 19:00–20:30") from that
 * language's own patterns in its translations file: {@link DateTexts} holds those kinds (day, session,
 * moment, …) and gets its formatters from {@link #ofPattern}, so every date is zoned and built here.
 */
public final class Dates {

    private static final Map<String, DateTimeFormatter> PATTERNS = new ConcurrentHashMap<>();

    private Dates() {
    }

    /** A day in a list or table: "4 sep 2026", "4 Sep 2026". */
    public static DateTimeFormatter day(Locale locale) {
        return dayBuilder(locale).toFormatter(locale).withZone(AppZone.ID);
    }

    /**
     * A moment something happened, to the second (the outbox, the audit log and the start page's cards about
     * them, versions and comments): "4 sep 2026, 21:06:41".
     */
    public static DateTimeFormatter moment(Locale locale) {
        return dayBuilder(locale).appendLiteral(", ").appendPattern("HH:mm:ss").toFormatter(locale)
                .withZone(AppZone.ID);
    }

    /**
     * A formatter for a pattern from a translations file ({@code format.day} of Turkish reads
     * "d MMMM yyyy EEEE"), in Amsterdam time; one per language and pattern.
     */
    public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
        return PATTERNS.computeIfAbsent(locale.getLanguage() + '\n' + pattern,
                key -> DateTimeFormatter.ofPattern(pattern, locale).withZone(AppZone.ID));
    }

    private static DateTimeFormatterBuilder dayBuilder(Locale locale) {
        Map<Long, String> months = new HashMap<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.SHORT, Languages.forDisplay(locale)).replace(".", "");
            months.put((long) month.getValue(), name.substring(0, Math.min(3, name.length())));
        }
        return new DateTimeFormatterBuilder().appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ')
                .appendText(ChronoField.MONTH_OF_YEAR, months).appendLiteral(' ')
                .appendValue(ChronoField.YEAR, 4);
    }
}
