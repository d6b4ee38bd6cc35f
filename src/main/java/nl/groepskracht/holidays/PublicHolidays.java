package nl.groepskracht.holidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Dutch public holidays of a year, computed: New Year, Good Friday, Easter, King's Day (27 April,
 * the 26th when the 27th is a Sunday), Liberation Day, Ascension, Whitsun and Christmas. Easter by
 * the Gregorian computus (Meeus/Jones/Butcher).
 */
public final class PublicHolidays {

    /** The holidays, named by a key under {@code holiday.public.}. */
    public enum Name {
        NIEUWJAARSDAG, GOEDE_VRIJDAG, EERSTE_PAASDAG, TWEEDE_PAASDAG, KONINGSDAG, BEVRIJDINGSDAG, HEMELVAARTSDAG,
        EERSTE_PINKSTERDAG, TWEEDE_PINKSTERDAG, EERSTE_KERSTDAG, TWEEDE_KERSTDAG
    }

    private PublicHolidays() {
    }

    public static Map<LocalDate, Name> of(int year) {
        LocalDate easter = easter(year);
        LocalDate kingsDay = LocalDate.of(year, Month.APRIL, 27);
        if (kingsDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            kingsDay = kingsDay.minusDays(1);
        }
        Map<LocalDate, Name> days = new LinkedHashMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), Name.NIEUWJAARSDAG);
        days.put(easter.minusDays(2), Name.GOEDE_VRIJDAG);
        days.put(easter, Name.EERSTE_PAASDAG);
        days.put(easter.plusDays(1), Name.TWEEDE_PAASDAG);
        days.put(kingsDay, Name.KONINGSDAG);
        days.put(LocalDate.of(year, Month.MAY, 5), Name.BEVRIJDINGSDAG);
        days.put(easter.plusDays(39), Name.HEMELVAARTSDAG);
        days.put(easter.plusDays(49), Name.EERSTE_PINKSTERDAG);
        days.put(easter.plusDays(50), Name.TWEEDE_PINKSTERDAG);
        days.put(LocalDate.of(year, Month.DECEMBER, 25), Name.EERSTE_KERSTDAG);
        days.put(LocalDate.of(year, Month.DECEMBER, 26), Name.TWEEDE_KERSTDAG);
        return days;
    }

    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
