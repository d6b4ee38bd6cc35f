package nl.groepskracht.group.ui;

import java.time.LocalDate;
import java.util.Locale;

/** "3 dec. 2026 – 21 jan. 2027", or nothing before sessions are planned. */
public final class Periods {

    private Periods() {
    }

    public static String format(LocalDate first, LocalDate last, Locale locale) {
        if (first == null) {
            return "";
        }
        var format = nl.groepskracht.base.i18n.Dates.day(locale);
        return first.equals(last) ? first.format(format) : first.format(format) + " – " + last.format(format);
    }
}
