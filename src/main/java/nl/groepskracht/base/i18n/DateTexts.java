package nl.groepskracht.base.i18n;

import java.time.ZonedDateTime;
import java.util.Locale;
import nl.groepskracht.base.AppZone;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Dates and times as a reader of a language writes them, in Amsterdam time: the patterns are part of
 * each translations file ({@code format.day}, {@code format.time}, …), so Turkish reads "1 Aralık 2026
 * Salı" and Arabic "الثلاثاء، 1 ديسمبر 2026". One place for the public pages (as {@code @dateTexts} in
 * templates) and the e-mails to parents; the formatters themselves come from {@link Dates#ofPattern}, beside
 * the professionals' kinds of date.
 */
@Component("dateTexts")
public class DateTexts {

    static final String WORD_JOINER = "\u2060";

    private final MessageSource messages;

    DateTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The day with weekday and year: "dinsdag 1 december 2026". */
    public String day(ZonedDateTime when, Locale language) {
        return format("format.day", when, language);
    }

    /** The day without the year, for dates close by: "dinsdag 1 december". */
    public String dayShort(ZonedDateTime when, Locale language) {
        return format("format.day-short", when, language);
    }

    public String time(ZonedDateTime when, Locale language) {
        return format("format.time", when, language);
    }

    /**
     * A session: "dinsdag 1 december 2026, 19:00–20:30". The time range is one piece: a line may break after
     * a dash, so a word joiner (invisible) keeps "20:30" with "19:00–" on a narrow phone and in a mail.
     */
    public String session(ZonedDateTime start, ZonedDateTime end, Locale language) {
        return messages.getMessage("format.session", new Object[] {day(start, language), time(start, language),
                WORD_JOINER + time(end, language)}, language);
    }

    /** A moment: "dinsdag 1 december 2026, 19:00". */
    public String moment(ZonedDateTime when, Locale language) {
        return messages.getMessage("format.moment", new Object[] {day(when, language), time(when, language)},
                language);
    }

    /** A moment close by: "dinsdag 1 december, 19:00". */
    public String momentShort(ZonedDateTime when, Locale language) {
        return messages.getMessage("format.moment", new Object[] {dayShort(when, language), time(when, language)},
                language);
    }

    /** A local Amsterdam time as the export keeps it ("2026-12-01T19:00"), written for reading; empty for none. */
    public String localMoment(String isoLocal, Locale language) {
        return isoLocal == null ? "" : moment(java.time.LocalDateTime.parse(isoLocal).atZone(AppZone.ID), language);
    }

    private String format(String key, ZonedDateTime when, Locale language) {
        return Dates.ofPattern(messages.getMessage(key, null, language), language).format(when);
    }
}
